package org.measura.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.measura.trends.ExpectedCurve;

/** POST /trends: a client's administrations over time, the caller's own measures, and options. */
@Schema(name = "TrendRequest")
public record TrendRequest(
        @Schema(required = true, maxItems = TrendRequest.MAX_ADMINISTRATIONS,
                description = "Administrations in any order: each a catalog instrument scored from `responses`, or "
                        + "`scores` already computed (for a catalog instrument or a measure defined in `measures`)")
        List<Administration> administrations,
        @Schema(maxItems = TrendRequest.MAX_MEASURES, description = "Measures defined by the caller (licensed or "
                + "local scales), and clinic-specific figures overriding a catalog scale's for this request")
        List<Measure> measures,
        @Schema(description = "Options for reliable change, cut-offs and sudden gains") Options options,
        @Schema(description = "Expected-response curves (as POST /cohorts/expected-response derives them, or the "
                + "clinic's own in the same shape) to set each scale's course against") ExpectedResponse expectedResponse) {

    public static final int MAX_ADMINISTRATIONS = 500;
    public static final int MAX_CURVES = 200;

    public TrendRequest(List<Administration> administrations, List<Measure> measures, Options options) {
        this(administrations, measures, options, null);
    }

    @Schema(name = "TrendExpectedResponse")
    public record ExpectedResponse(
            @Schema(required = true, maxItems = MAX_CURVES, description = "Curves per measure and baseline band")
            List<ExpectedCurve> curves,
            @Schema(description = "At risk past this percentile on the worse side (mirrored when higher is better); "
                    + "default 75", enumeration = {"50", "75", "90"}) Integer atRiskPercentile,
            @Schema(description = "Not on track past this percentile on the worse side; default 90",
                    enumeration = {"75", "90"}) Integer notOnTrackPercentile) {
    }
    public static final int MAX_MEASURES = 50;

    @Schema(name = "TrendAdministration")
    public record Administration(
            @Schema(required = true, description = "A catalog instrument id or the id of a measure in `measures`",
                    example = "phq9") String instrument,
            @Schema(required = true, description = "ISO date (2026-03-02) or date-time (2026-03-02T09:30:00Z); "
                    + "the calendar date is used", example = "2026-03-02") String date,
            @Schema(description = "Therapy session number; gaps mean missed sessions", minimum = "0") Integer session,
            @Schema(description = "baseline, treatment, termination or follow-up",
                    enumeration = {"baseline", "treatment", "termination", "follow-up"}) String phase,
            @Schema(description = "Item responses, scored as POST /instruments/{id}/scores does (catalog "
                    + "instruments only)") ItemResponses responses,
            @Schema(description = "Scale id to an already computed score; exactly one of responses and scores")
            Map<String, Double> scores,
            @Schema(description = "An alternative answer coding declared by the instrument") String coding) {
    }

    @Schema(name = "TrendMeasure", description = "A caller's own measure (id not in the catalog: `direction` is "
            + "required, and administrations send `scores` keyed by `scale`), or figures overriding a catalog "
            + "scale's for this request (id = instrument id, `scale` = scale id). Figures left out stay unknown, "
            + "or keep the catalog's value.")
    public record Measure(
            @Schema(required = true, example = "bdi2") String id,
            @Schema(description = "Scale id; defaults to `total`", example = "total") String scale,
            @Schema(enumeration = {"lower-is-better", "higher-is-better"}) String direction,
            @Schema(description = "Reliability at pre-treatment (test-retest preferred, or alpha)") Double reliability,
            @Schema(description = "M₁: mean of the reference (pre-treatment/clinical) sample") Double referenceMean,
            @Schema(description = "SD₁: SD of the reference sample, used by Jacobson–Truax") Double referenceSd,
            Double postReliability, Double postMean, Double postSd, Double prePostCorrelation,
            Double clinicalMean, Double clinicalSd, Double functionalMean, Double functionalSd,
            @Schema(description = "Clinical cut-off in score points") Double cutoff,
            @Schema(description = "Which side of `cutoff` is clinical",
                    enumeration = {"at-or-above", "above", "at-or-below", "below"}) String cutoffComparison,
            @Schema(description = "A published fixed reliable-change threshold in score points")
            Double reliableChangeThreshold,
            @Schema(description = "True when the source says the threshold counts \"or more\"")
            Boolean reliableChangeInclusive) {
    }

    @Schema(name = "TrendOptions")
    public record Options(
            @Schema(description = "Reliable-change method; default Jacobson–Truax where its figures exist, else the "
                    + "definition's published threshold (said in the answer). An explicitly chosen method whose "
                    + "figures are missing is a 422.",
                    enumeration = {"jacobson-truax", "published-threshold", "gulliksen-lord-novick", "hsu-linn-lord",
                            "edwards-nunnally", "nunnally-kotsch", "hageman-arrindell"}) String method,
            @Schema(description = "Critical value; default 1.96 (1.65 for Hageman–Arrindell)") Double criticalValue,
            @Schema(description = "Jacobson–Truax cut-off a, b or c; default the definition's published recovery "
                    + "cut-off, else c, b or a as the norms allow", enumeration = {"a", "b", "c"}) String cutoffType,
            @Schema(description = "Sudden gains: absolute magnitude; default the reliable-change threshold")
            Double suddenGainAbsoluteCutoff,
            @Schema(description = "Sudden gains: relative magnitude; default 0.25") Double suddenGainRelativeShare,
            @Schema(description = "Sudden gains: apply the stability test; default true") Boolean suddenGainStabilityTest,
            @Schema(description = "Sudden gains: also examine the first-to-second measurement; default false")
            Boolean suddenGainsFromFirstMeasurement) {
    }
}
