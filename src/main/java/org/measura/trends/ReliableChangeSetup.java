package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How reliable change is judged for one scale, before any comparison: the primary method (absent when none is
 * computable, with {@code missing} naming the fields), why it was chosen, the critical value and its source, the
 * figures with their sources, and for Jacobson–Truax SE_m, S_diff and the smallest reliable change
 * ({@code threshold}, to be exceeded). {@code publishedThreshold} is the definition's default fixed threshold,
 * reported alongside whatever the primary method is.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReliableChangeSetup(
        ReliableChangeMethod method,
        String choice,
        Double criticalValue,
        String criticalValueSource,
        Double threshold,
        Boolean inclusive,
        Double standardError,
        Double differenceSd,
        Double reliabilityOfDifference,
        List<FigureUsed> figures,
        List<String> missing,
        ThresholdFigure publishedThreshold) {
}
