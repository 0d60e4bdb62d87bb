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
}
