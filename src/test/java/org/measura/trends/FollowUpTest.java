package org.measura.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.measura.trends.Fixtures.START;
import static org.measura.trends.Fixtures.analyse;
import static org.measura.trends.Fixtures.atOrAbove;
import static org.measura.trends.Fixtures.comparison;
import static org.measura.trends.Fixtures.f;
import static org.measura.trends.Fixtures.series;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/reference/change-methods.md §13. Cut-off 10 (at or above is clinical); JT with SD 5, r .90: SE = 5·√.1 =
 * 1.581139, S_diff = √2·1.581139 = 2.236068, reliable beyond 1.96·2.236068 = 4.383 points.
 */
class FollowUpTest {

    private static final Psychometrics P = Psychometrics.builder().reliability(f(0.9)).referenceSd(f(5))
            .cutoff(atOrAbove(10)).build();

    private static List<Point> course(double fu1, double fu2) {
        return List.of(Point.of(START, 1, Phase.BASELINE, 20), Point.of(START.plusWeeks(6), 6, Phase.TREATMENT, 14),
                Point.of(START.plusWeeks(12), 12, Phase.TERMINATION, 6),
                Point.of(START.plusWeeks(16), null, Phase.FOLLOW_UP, fu1),
                Point.of(START.plusWeeks(20), null, Phase.FOLLOW_UP, fu2));
    }

    private static Classification named(List<Classification> list, String name) {
        return list.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void maintainedThenRelapse() throws Exception {
        ScaleTrend t = analyse(series("PHQ-9", ScoreDirection.LOWER_IS_BETTER, P, course(7, 13)));
        FollowUp fu = t.followUp();
        // baseline → termination: 20 → 6, RCI = −14/2.236 = −6.261 → improvement; 20 clinical, 6 not → recovered
        assertThat(named(fu.classifications(), "recovered-at-termination").holds()).isTrue();
        assertThat(fu.method()).startsWith("Jacobson–Truax");
        // FU1 (4 weeks after termination): 6 → 7, RCI = 1/2.236 = 0.447 → no reliable change; 7 < 10
        FollowUpPoint first = fu.followUps().get(0);
        assertThat(first.daysSinceTermination()).isEqualTo(28);
        assertThat(first.changeSinceTermination().indexTest().index()).isEqualTo(0.447);
        assertThat(named(first.classifications(), "maintained").holds()).isTrue();
        assertThat(named(first.classifications(), "relapse").holds()).isFalse();
        assertThat(named(first.classifications(), "reliable-improvement-since-termination").holds()).isFalse();
        assertThat(first.categoryFromBaseline()).isEqualTo(Category.RECOVERED);
        // FU2: 6 → 13, RCI = 7/2.236 = 3.130 → reliable deterioration; 13 ≥ 10 clinical → not maintained, relapse
        FollowUpPoint second = fu.followUps().get(1);
        assertThat(second.changeSinceTermination().indexTest().index()).isEqualTo(3.130);
        assertThat(second.changeSinceTermination().status()).isEqualTo(ChangeStatus.RELIABLE_DETERIORATION);
        assertThat(named(second.classifications(), "maintained").holds()).isFalse();
        Classification relapse = named(second.classifications(), "relapse");
        assertThat(relapse.holds()).isTrue();
        assertThat(relapse.explanation()).contains("back in the clinical range (at or above 10)");
        // baseline → FU2: 20 → 13, RCI −3.130 improvement but 13 still clinical → improved, so no durable recovery
        assertThat(second.categoryFromBaseline()).isEqualTo(Category.IMPROVED);
        Classification durable = named(fu.classifications(), "durable-recovery");
        assertThat(durable.holds()).isFalse();
        assertThat(durable.explanation()).contains("not at the follow-up on 2024-05-20");
        // termination-to-follow-up comparisons are reported too
        assertThat(t.comparisons()).extracting(c -> c.kind().wire()).containsExactly("baseline-to-latest",
                "baseline-to-termination", "termination-to-follow-up", "termination-to-follow-up",
                "previous-to-latest");
    }

    @Test
    void postTerminationSlopeIsTestedWithDfNMinus2() throws Exception {
        // Termination week 12 (6), FU weeks 16 (7) and 20 (13): x = 0, 4, 8 weeks; slope 0.875/week,
        // SE 0.360844 (TrajectoryTest), t = 0.875/0.360844 = 2.425, df 1, t_crit 12.706 → not significant
        PostTerminationSlope s = analyse(series("PHQ-9", ScoreDirection.LOWER_IS_BETTER, P, course(7, 13)))
                .followUp().postTerminationSlope();
        assertThat(s.n()).isEqualTo(3);
        assertThat(s.slopePerWeek()).isEqualTo(0.875);
        assertThat(s.df()).isEqualTo(1);
        assertThat(s.t()).isEqualTo(2.425);
        assertThat(s.tCritical()).isEqualTo(12.706);
        assertThat(s.significantInHealthyDirection()).isFalse();
    }

    @Test
    void durableRecoveryAndPostTerminationGain() throws Exception {
        // FU1 7 (no reliable change, recovered from baseline), FU2 1: 6 → 1, RCI = −5/2.236 = −2.236 → reliable
        // improvement after termination → post-termination gain; baseline → FU2 20 → 1 recovered → durable
        FollowUp fu = analyse(series("PHQ-9", ScoreDirection.LOWER_IS_BETTER, P, course(7, 1))).followUp();
        assertThat(fu.followUps().get(1).changeSinceTermination().indexTest().index()).isEqualTo(-2.236);
        assertThat(named(fu.followUps().get(1).classifications(), "reliable-improvement-since-termination").holds()).isTrue();
        assertThat(named(fu.classifications(), "post-termination-gain").holds()).isTrue();
        assertThat(named(fu.classifications(), "durable-recovery").holds()).isTrue();
        assertThat(named(fu.followUps().get(1).classifications(), "maintained").holds()).isTrue();
    }

    @Test
    void notRecoveredAtTerminationMeansNoRelapseAndNoDurableRecovery() throws Exception {
        // 20 → 14 (treatment) → termination 12: RCI −8/2.236 = −3.578, improvement but 12 still clinical → improved
        List<Point> points = List.of(Point.of(START, null, Phase.BASELINE, 20),
                Point.of(START.plusWeeks(12), null, Phase.TERMINATION, 12),
                Point.of(START.plusWeeks(20), null, Phase.FOLLOW_UP, 13));
        FollowUp fu = analyse(series("PHQ-9", ScoreDirection.LOWER_IS_BETTER, P, points)).followUp();
        assertThat(named(fu.classifications(), "recovered-at-termination").holds()).isFalse();
        assertThat(named(fu.followUps().get(0).classifications(), "relapse").holds()).isFalse();
        // 12 → 13 not reliable; not recovered at E, so maintained = no reliable deterioration = true
        assertThat(named(fu.followUps().get(0).classifications(), "maintained").holds()).isTrue();
        assertThat(named(fu.classifications(), "durable-recovery").holds()).isFalse();
        // two points: slope given, not tested
        assertThat(fu.postTerminationSlope().df()).isNull();
        assertThat(fu.postTerminationSlope().explanation()).contains("needs at least 3 points");
    }

    @Test
    void followUpWithoutTerminationGivesNoFollowUpMetricsAndSaysSo() throws Exception {
        List<Point> points = List.of(Point.of(START, null, Phase.BASELINE, 20),
                Point.of(START.plusWeeks(20), null, Phase.FOLLOW_UP, 13));
        ScaleTrend t = analyse(series("PHQ-9", ScoreDirection.LOWER_IS_BETTER, P, points));
        assertThat(t.followUp()).isNull();
        assertThat(t.notes()).anyMatch(n -> n.contains("none is marked termination"));
        assertThat(comparison(t, "baseline-to-latest").to().score()).isEqualTo(13.0);
    }
}
