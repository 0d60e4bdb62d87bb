package org.measura.trends;

import java.util.EnumMap;
import java.util.Map;
import org.measura.catalog.Comparison;

/**
 * The psychometric fields a caller may send in {@code measures}, for a measure of its own or to override a catalog
 * scale's figures for one request. Every field is optional. {@code cutoffComparison} (which side of {@code cutoff} is
 * clinical) and {@code reliableChangeInclusive} (the source says "or more") are optional refinements; without them a
 * caller cut-off uses the strict tests of docs/reference/change-methods.md §2 and a caller threshold must be
 * exceeded (docs/reference/change-methods.md, conventions).
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
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Figures by name; any left unset stay absent. */
    public static final class Builder {
        private final Map<FigureName, Double> numbers = new EnumMap<>(FigureName.class);
        private Comparison cutoffComparison;
        private Boolean reliableChangeInclusive;

        private Builder() {
        }

        /** Sets one of the numeric figures (every figure but cutoffComparison and reliableChangeInclusive). */
        public Builder figure(FigureName name, Double value) {
            if (name.kind() != FigureName.Kind.DECIMAL) {
                throw new IllegalArgumentException(name.wire() + " is not a number");
            }
            numbers.put(name, value);
            return this;
        }

        public Builder reliability(Double value) {
            return figure(FigureName.RELIABILITY, value);
        }

        public Builder referenceMean(Double value) {
            return figure(FigureName.REFERENCE_MEAN, value);
        }

        public Builder referenceSd(Double value) {
            return figure(FigureName.REFERENCE_SD, value);
        }

        public Builder postReliability(Double value) {
            return figure(FigureName.POST_RELIABILITY, value);
        }

        public Builder postMean(Double value) {
            return figure(FigureName.POST_MEAN, value);
        }

        public Builder postSd(Double value) {
            return figure(FigureName.POST_SD, value);
        }

        public Builder prePostCorrelation(Double value) {
            return figure(FigureName.PRE_POST_CORRELATION, value);
        }

        public Builder clinicalMean(Double value) {
            return figure(FigureName.CLINICAL_MEAN, value);
        }

        public Builder clinicalSd(Double value) {
            return figure(FigureName.CLINICAL_SD, value);
        }

        public Builder functionalMean(Double value) {
            return figure(FigureName.FUNCTIONAL_MEAN, value);
        }

        public Builder functionalSd(Double value) {
            return figure(FigureName.FUNCTIONAL_SD, value);
        }

        public Builder cutoff(Double value) {
            return figure(FigureName.CUTOFF, value);
        }

        public Builder reliableChangeThreshold(Double value) {
            return figure(FigureName.RELIABLE_CHANGE_THRESHOLD, value);
        }

        public Builder cutoffComparison(Comparison value) {
            cutoffComparison = value;
            return this;
        }

        public Builder reliableChangeInclusive(Boolean value) {
            reliableChangeInclusive = value;
            return this;
        }

        public CallerFigures build() {
            return new CallerFigures(numbers.get(FigureName.RELIABILITY), numbers.get(FigureName.REFERENCE_MEAN),
                    numbers.get(FigureName.REFERENCE_SD), numbers.get(FigureName.POST_RELIABILITY),
                    numbers.get(FigureName.POST_MEAN), numbers.get(FigureName.POST_SD),
                    numbers.get(FigureName.PRE_POST_CORRELATION), numbers.get(FigureName.CLINICAL_MEAN),
                    numbers.get(FigureName.CLINICAL_SD), numbers.get(FigureName.FUNCTIONAL_MEAN),
                    numbers.get(FigureName.FUNCTIONAL_SD), numbers.get(FigureName.CUTOFF), cutoffComparison,
                    numbers.get(FigureName.RELIABLE_CHANGE_THRESHOLD), reliableChangeInclusive);
        }
    }
}
