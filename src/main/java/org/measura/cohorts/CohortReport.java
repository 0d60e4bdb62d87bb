package org.measura.cohorts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.measura.trends.ScoreDirection;

/**
 * Service outcomes of a cohort: the whole cohort and each group, the methods the figures rest on, the clients that
 * could not be analysed (one pass only: a merge knows them by count), and the exact partial the figures follow from.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CohortReport(
        List<String> methods,
        GroupOutcome overall,
        List<GroupOutcome> groups,
        List<UnanalysedClient> unanalysedClients,
        CohortPartial partial) {

    /** A rate with its Wilson 95 % interval; {@code rate} and the interval are absent when the denominator is 0. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rate(long count, long denominator, String of, Double rate, Double lower, Double upper) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GroupOutcome(String group, long clients, long analysed, long unanalysed, Map<String, Long> faults,
            List<MeasureOutcome> measures, PairedOutcome talkingTherapies, String summary) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeasureOutcome(
            String instrument,
            String scale,
            String label,
            ScoreDirection direction,
            long clients,
            long withFirstScore,
            long withFirstAndLastScore,
            Rate casenessAtStart,
            Finished finished,
            Rate reliableImprovement,
            Rate noReliableChange,
            Rate reliableDeterioration,
            long reliableChangeNotComputable,
            Map<String, Long> reliableChangeMethods,
            Rate recovery,
            Rate reliableRecovery,
            Map<String, Long> categories,
            PrePost prePost,
            Rate suddenGain,
            FollowUpOutcome followUp,
            List<BenchmarkVerdict> benchmarks,
            String summary) {
    }

    public record Finished(long count, long byTermination, long byTwoAdministrations) {
    }

    /**
     * Pre–post statistics over the clients with a first and a last score: means and SDs (n − 1), the mean change
     * (end − start), their correlation, and the direction-aware effect size.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PrePost(long n, Double startMean, Double startSd, Double endMean, Double endSd, Double meanChange,
            Double correlation, EffectSize effectSize) {
    }

    /** d = mean change / SD at the start, signed so that a positive d is improvement; its 95 % interval. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EffectSize(Double d, Double lower, Double upper, String method, String explanation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FollowUpOutcome(long clients, Rate maintained, Rate relapsed) {
    }

    /** The NHS Talking Therapies paired PHQ-9/GAD-7 outcomes of the clients with both measures. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PairedOutcome(long withBothMeasures, long assessed, Rate casenessAtStart, Rate recovery,
            Rate reliableImprovement, Rate reliableDeterioration, Rate noReliableChange, Rate reliableRecovery,
            List<BenchmarkVerdict> benchmarks, String summary) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BenchmarkVerdict(String outcome, double benchmark, Long n, String source, Double benchmarkLower,
            Double benchmarkUpper, BenchmarkPosition position, String explanation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UnanalysedClient(int client, String group, String kind, List<String> reasons) {
    }
}
