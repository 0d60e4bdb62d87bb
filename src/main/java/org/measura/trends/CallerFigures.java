package org.measura.trends;

import org.measura.catalog.Comparison;

/**
 * The psychometric fields a caller may send in {@code measures}, for a measure of its own or to override a catalog
 * scale's figures for one request. Every field is optional. {@code cutoffComparison} (which side of {@code cutoff} is
 * clinical) and {@code reliableChangeInclusive} (the source says "or more") are optional refinements; without them a
 * caller cut-off uses the strict tests of docs/reference/change-statistics.md §2 and a caller threshold must be
 * exceeded (docs/reference/change-statistics.md, conventions).
 */
public record CallerFigures(
        Double reliability,
        Double referenceMean,
        Double referenceSd,
        Double postReliability,
        Double postMean,
        Double postSd,
        Double prePostCorrelation,
        Double clinicalMean,
        Double clinicalSd,
        Double functionalMean,
        Double functionalSd,
        Double cutoff,
        Comparison cutoffComparison,
        Double reliableChangeThreshold,
        Boolean reliableChangeInclusive) {

    public static CallerFigures none() {
        return new CallerFigures(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }
}
