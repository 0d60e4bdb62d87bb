package org.measura.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.measura.catalog.Comparison;
import org.measura.catalog.Direction;
import org.measura.catalog.Range;
import org.measura.catalog.Scale;

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

    /** A scale that could not be scored, and why. */
    public static ScaleResult notScored(Scale scale, int items, int answered, List<String> missingItems,
            String reason) {
        return new ScaleResult(scale.id(), scale.name(), null, scale.range(), scale.direction(), scale.loinc(), null,
                null, items, answered, missingItems, false, null, reason, null);
    }

    /**
     * A scale's score with its band and cut-offs; {@code prorating} says how unanswered items were filled in, null
     * when none were (the score is then not prorated). No norm-referenced figures: see {@link #withNorms}.
     */
    public static ScaleResult scored(Scale scale, BigDecimal score, BandResult band, List<CutoffResult> cutoffs,
            int items, int answered, List<String> missingItems, String prorating) {
        return new ScaleResult(scale.id(), scale.name(), score, scale.range(), scale.direction(), scale.loinc(), band,
                cutoffs, items, answered, missingItems, prorating != null, prorating, null, null);
    }

    /** The same result placed against reference samples. */
    public ScaleResult withNorms(List<NormScore> placed) {
        return new ScaleResult(id, name, score, range, direction, loinc, band, cutoffs, items, answered, missingItems,
                prorated, prorating, notScoredReason, placed);
    }

    public boolean scored() {
        return score != null;
    }

    public record BandResult(String id, String label, double min, double max) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CutoffResult(String id, String label, double value, Comparison comparison, boolean reached) {
    }
}
