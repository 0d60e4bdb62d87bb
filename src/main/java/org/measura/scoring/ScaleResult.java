package org.measura.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.measura.catalog.Comparison;
import org.measura.catalog.Direction;
import org.measura.catalog.Range;

/**
 * One scale's score, or (when {@code score} is null) the reason it was not scored. {@code score} is reported to two
 * decimal places and bands and cut-offs are read from that reported value.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScaleResult(
        String id,
        String name,
        BigDecimal score,
        Range range,
        Direction direction,
        String loinc,
        BandResult band,
        List<CutoffResult> cutoffs,
        int items,
        int answered,
        List<String> missingItems,
        boolean prorated,
        String prorating,
        String notScoredReason,
        List<NormScore> norms) {

    public boolean scored() {
        return score != null;
    }

    public record BandResult(String id, String label, double min, double max) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CutoffResult(String id, String label, double value, Comparison comparison, boolean reached) {
    }
}
