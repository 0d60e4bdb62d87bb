package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Reliable change of one comparison with its provenance. {@code index} is the method's statistic (RCI, RC index;
 * absent for a fixed threshold), {@code threshold} the change in score points that counts as reliable (the fixed
 * threshold, or for Jacobson–Truax the critical value × S_diff, which must be exceeded), {@code figures} the
 * psychometric figures used with their sources, {@code missing} the fields that would have been needed,
 * {@code choice} why this method was used.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReliableChangeResult(
        ReliableChangeMethod method,
        ChangeStatus status,
        Double index,
        Double criticalValue,
        String criticalValueSource,
        Double threshold,
        Boolean inclusive,
        Double standardError,
        Double differenceSd,
        Double reliabilityOfDifference,
        List<FigureUsed> figures,
        List<String> missing,
        String choice,
        String explanation) {

    /** No method could be applied: {@code missing} names the figures that would have been needed. */
    static ReliableChangeResult notComputable(List<String> missing, String choice, String explanation) {
        return new ReliableChangeResult(null, ChangeStatus.NOT_COMPUTABLE, null, null, null, null, null, null, null,
                null, null, missing, choice, explanation);
    }

    /** The verdict of a published fixed threshold (no index, no error terms). */
    static ReliableChangeResult publishedThreshold(ChangeStatus status, double threshold, boolean inclusive,
            String choice, String explanation) {
        return new ReliableChangeResult(ReliableChangeMethod.PUBLISHED_THRESHOLD, status, null, null, null, threshold,
                inclusive, null, null, null, null, null, choice, explanation);
    }
}
