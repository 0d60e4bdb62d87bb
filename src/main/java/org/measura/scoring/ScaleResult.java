package org.measura.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;
import org.measura.catalog.Band;
import org.measura.catalog.Comparison;
import org.measura.catalog.Cutoff;
import org.measura.catalog.Direction;
import org.measura.catalog.Range;
import org.measura.catalog.Scale;

/**
 * One scale's score, or (when {@code score} is null) the reason it was not scored: what the definition says of the
 * scale ({@link ScaleFacts}), how the reported score reads ({@link Reading}: band and cut-offs, read from the reported
 * value), and how many of its items were answered and what stood in for the others ({@link Coverage}). {@code score}
 * is reported to two decimal places. On the wire the parts are one flat object, its fields in the order given here;
 * the order names each part where its fields go (for Jackson) and the fields themselves (for the OpenAPI document).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "name", "score", "facts", "range", "direction", "loinc", "reading", "band", "cutoffs",
        "coverage", "items", "answered", "missingItems", "prorated", "prorating", "notScoredReason", "norms"})
public record ScaleResult(
        String id,
        String name,
        BigDecimal score,
        @JsonUnwrapped ScaleFacts facts,
        @JsonUnwrapped Reading reading,
        @JsonUnwrapped Coverage coverage,
        String notScoredReason,
        List<NormScore> norms) {

    /** A scale that could not be scored, and why. */
    public static ScaleResult notScored(Scale scale, Coverage coverage, String reason) {
        return new ScaleResult(scale.id(), scale.name(), null, ScaleFacts.of(scale), null, coverage, reason, null);
    }

    /** A scale's score, how it reads and how it was reached. No norm-referenced figures: see {@link #withNorms}. */
    public static ScaleResult scored(Scale scale, BigDecimal score, Reading reading, Coverage coverage) {
        return new ScaleResult(scale.id(), scale.name(), score, ScaleFacts.of(scale), reading, coverage, null, null);
    }

    /** The same result placed against reference samples. */
    public ScaleResult withNorms(List<NormScore> placed) {
        return new ScaleResult(id, name, score, facts, reading, coverage, notScoredReason, placed);
    }

    public boolean scored() {
        return score != null;
    }

    /** The band the reported score falls in; null when the scale was not scored or its score falls in no band. */
    public BandResult band() {
        return reading == null ? null : reading.band();
    }

    /** What the definition says of the scale: its range, which direction is worse, its LOINC code (if any). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScaleFacts(Range range, Direction direction, String loinc) {

        public static ScaleFacts of(Scale scale) {
            return new ScaleFacts(scale.range(), scale.direction(), scale.loinc());
        }
    }

    /**
     * How a reported score reads: the band it falls in (null for none) and each cut-off, reached or not (null when
     * the scale has none).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reading(BandResult band, List<CutoffResult> cutoffs) {

        /** The band and cut-offs read from the reported score. */
        public static Reading of(Scale scale, double reported) {
            return new Reading(Scorer.band(scale, reported), Scorer.cutoffs(scale, reported));
        }
    }

    /**
     * How many of the scale's items there are and were answered, which were not (in the scale's order), and, when
     * unanswered items were filled in, how ({@code prorating}; {@code prorated} says whether they were).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Coverage(int items, int answered, List<String> missingItems, boolean prorated, String prorating) {

        /** Unanswered items (if any) left as they are: the score, if any, rests on the answered items alone. */
        public static Coverage asAnswered(int items, int answered, List<String> missingItems) {
            return new Coverage(items, answered, missingItems, false, null);
        }

        /** Unanswered items filled in as {@code how} says (the scale's published missing-item rule). */
        public static Coverage prorated(int items, int answered, List<String> missingItems, String how) {
            return new Coverage(items, answered, missingItems, true, how);
        }
    }

    public record BandResult(String id, String label, double min, double max) {

        public static BandResult of(Band band) {
            return new BandResult(band.id(), band.label(), band.min(), band.max());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CutoffResult(String id, String label, double value, Comparison comparison, boolean reached) {

        public static CutoffResult of(Cutoff cutoff, boolean reached) {
            return new CutoffResult(cutoff.id(), cutoff.label(), cutoff.value(), cutoff.comparison(), reached);
        }
    }
}
