package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Everything the engine says about one scale: the ordered series, the cut-off used, comparisons with reliable change
 * and clinical significance, trajectory, sudden gains and losses, follow-up, instrument-specific outcomes (PHQ-9
 * response and remission) and notes. {@code summary} states plainly what could and could not be done (for example
 * that a single administration gives no comparisons).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScaleTrend(
        String instrumentId,
        String scaleId,
        String label,
        ScoreDirection direction,
        int n,
        List<SeriesPoint> series,
        String summary,
        ReliableChangeSetup reliableChange,
        CutoffUsed cutoff,
        List<ChangeComparison> comparisons,
        Trajectory trajectory,
        SuddenChanges suddenChanges,
        FollowUp followUp,
        List<Classification> outcomes,
        List<String> notes) {
}
