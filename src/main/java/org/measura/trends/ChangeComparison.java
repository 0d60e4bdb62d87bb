package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One comparison between two points. {@code kind} is {@code baseline-to-latest}, {@code baseline-to-termination},
 * {@code termination-to-follow-up} or {@code previous-to-latest}. {@code percentChange} is relative to the start
 * score's magnitude and absent when the start score is 0. {@code reliableChange} is the primary method's verdict;
 * {@code publishedThreshold} the published fixed threshold's verdict reported alongside (absent when there is none
 * or it is the primary method).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeComparison(
        ComparisonKind kind,
        PointRef from,
        PointRef to,
        double rawChange,
        Double percentChange,
        ReliableChangeResult reliableChange,
        ReliableChangeResult publishedThreshold,
        ClinicalSignificance clinicalSignificance,
        String explanation) {
}
