package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A published fixed reliable-change threshold in score points. A change counts as reliable only if it exceeds the
 * threshold, or equals it when {@code inclusive} (the source says "or more"; docs/reference/change-methods.md,
 * conventions).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ThresholdFigure(double value, boolean inclusive, String id, String label, String source, String basis) {

    /** Whether a change of this size (in score points, sign ignored) reaches the threshold. */
    public boolean reachedBy(double absoluteChange) {
        double size = Math.abs(absoluteChange);
        // Scores may be prorated, so compare with a tolerance far below any meaningful score difference.
        if (Math.abs(size - value) < 1e-9) {
            return inclusive;
        }
        return size > value;
    }
}
