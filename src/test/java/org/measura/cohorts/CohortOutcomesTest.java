package org.measura.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.measura.cohorts.Cohorts.client;
import static org.measura.cohorts.Cohorts.course;
import static org.measura.cohorts.Cohorts.unphased;
import static org.measura.cohorts.Cohorts.v;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.measura.cohorts.CohortReport.GroupOutcome;
import org.measura.cohorts.CohortReport.MeasureOutcome;
import org.measura.cohorts.CohortReport.PairedOutcome;
import org.measura.cohorts.CohortReport.Rate;
import org.measura.trends.Phase;

/**
 * A cohort of 20 clients worked by hand. PHQ-9: caseness 10 or more, reliable change 6 or more (NHS Talking
 * Therapies, the catalog's published threshold); GAD-7: caseness 8 or more, reliable change 4 or more.
 *
 * <pre>
 *  #  group  course                 PHQ-9 start→end  verdict   case  recovery  category      GAD-7 start→end
 *  1  A      baseline, termination  20→8   −12 RI             yes   yes       recovered     15→6
 *  2  A      baseline, termination  18→12  −6  RI             yes   no        improved      12→9
 *  3  A      base, treatment, term  15→14  −1  NRC            yes   no        unchanged     10→9
 *  4  A      baseline, termination  12→19  +7  RD             yes   no        deteriorated  9→14
 *  5  A      baseline, termination  8→15   +7  RD             no    -         harmed        6→12
 *  6  A      two, no phase          22→4   −18 RI             yes   yes       recovered     18→3
 *  7  A      baseline, termination  11→9   −2  NRC            yes   yes       unchanged     7→7
 *  8  A      baseline, termination  6→3    −3  NRC            no    -         unchanged     5→2
 *  9  A      baseline, treatment    16→10  not finished       yes                           11→8
 * 10  A      baseline only          14     one score          yes                           9
 * 11  B      baseline, termination  25→5   −20 RI             yes   yes       recovered     20→4
 * 12  B      baseline, termination  19→13  −6  RI             yes   no        improved      16→12
 * 13  B      baseline, termination  13→11  −2  NRC            yes   no        unchanged     9→10
 * 14  B      two, no phase          10→4   −6  RI             yes   yes       recovered     8→3
 * 15  B      base, treatment, term  17→17  0   NRC            yes   no        unchanged     13→13
 * 16  B      baseline, termination  9→16   +7  RD             no    -         harmed        8→8
 * 17  B      base, term, follow-up  21→9 (F 8)  RI            yes   yes       recovered     14→7 (F 6)
 * 18  B      base, term, follow-up  12→6 (F 12) RI            yes   yes       recovered     10→5 (F 5)
 * 19  B      six weekly, no phase   20,20,19,10,9,9 −11 RI    yes   yes       recovered     15,15,14,8,7,7
 * 20  B      a course that could not be analysed (a fault)
 * </pre>
 *
 * Reliable recovery = recovery and RI: 1, 6, 11, 14, 17, 18, 19 (client 7 recovered without RI). Sudden gains: only
 * the three courses with three or more numbered sessions have an interval examined (3, 15, 19; the first interval is
 * not examined); 19 has one (19→10: 9 ≥ 6 and ≥ 25 % of 19; means 19.67 and 9.33 differ by 10.33 &gt; 2.776 ×
 * 0.577). Follow-up: 17 (9→8: maintained, no relapse), 18 (6→12, +6 reliable: not maintained, relapse).
 */
class CohortOutcomesTest {

    static List<ClientCourse> cohort() {
        List<ClientCourse> c = new ArrayList<>();
        c.add(client("A", course(20, 8, 15, 6)));
        c.add(client("A", course(18, 12, 12, 9)));
        c.add(client("A", List.of(v(0, Phase.BASELINE, 15, 10), v(6, Phase.TREATMENT, 15, 10),
                v(12, Phase.TERMINATION, 14, 9))));
        c.add(client("A", course(12, 19, 9, 14)));
        c.add(client("A", course(8, 15, 6, 12)));
        c.add(client("A", unphased(new double[] {22, 4}, new double[] {18, 3})));
        c.add(client("A", course(11, 9, 7, 7)));
        c.add(client("A", course(6, 3, 5, 2)));
        c.add(client("A", List.of(v(0, Phase.BASELINE, 16, 11), v(6, Phase.TREATMENT, 10, 8))));
        c.add(client("A", List.of(v(0, Phase.BASELINE, 14, 9))));
        c.add(client("B", course(25, 5, 20, 4)));
        c.add(client("B", course(19, 13, 16, 12)));
        c.add(client("B", course(13, 11, 9, 10)));
        c.add(client("B", unphased(new double[] {10, 4}, new double[] {8, 3})));
        c.add(client("B", List.of(v(0, Phase.BASELINE, 17, 13), v(6, Phase.TREATMENT, 17, 13),
                v(12, Phase.TERMINATION, 17, 13))));
        c.add(client("B", course(9, 16, 8, 8)));
        c.add(client("B", List.of(v(0, Phase.BASELINE, 21, 14), v(12, Phase.TERMINATION, 9, 7),
                v(24, Phase.FOLLOW_UP, 8, 6))));
        c.add(client("B", List.of(v(0, Phase.BASELINE, 12, 10), v(12, Phase.TERMINATION, 6, 5),
                v(24, Phase.FOLLOW_UP, 12, 5))));
        c.add(client("B", unphased(new double[] {20, 20, 19, 10, 9, 9}, new double[] {15, 15, 14, 8, 7, 7})));
        c.add(ClientCourse.failed("B", Cohorts.REFUSED));
        return c;
    }

    private static MeasureOutcome phq(GroupOutcome g) {
        return g.measures().stream().filter(m -> m.instrument().equals("phq9")).findFirst().orElseThrow();
    }

    private static void rate(Rate r, long count, long n, double rate, double lower, double upper) {
        assertThat(r.count()).as("count").isEqualTo(count);
        assertThat(r.denominator()).as("denominator").isEqualTo(n);
        assertThat(r.rate()).as("rate").isEqualTo(rate);
        assertThat(r.lower()).as("Wilson lower").isEqualTo(lower);
        assertThat(r.upper()).as("Wilson upper").isEqualTo(upper);
    }

    @Test
    void overallFiguresMatchTheHandWorkedCohort() throws Exception {
        CohortReport report = CohortOutcomes.outcomes(cohort(), List.of(), Cohorts.KIND_ONLY);
        GroupOutcome all = report.overall();
        assertThat(all.clients()).isEqualTo(20);
        assertThat(all.analysed()).isEqualTo(19);
        assertThat(all.unanalysed()).isEqualTo(1);
        assertThat(all.faults()).isEqualTo(Map.of("invalid-trend-request", 1L));
        assertThat(report.unanalysedClients()).hasSize(1);
        assertThat(report.unanalysedClients().get(0).client()).isEqualTo(19);

        MeasureOutcome p = phq(all);
        assertThat(p.clients()).isEqualTo(19);
        assertThat(p.withFirstScore()).isEqualTo(19);
        assertThat(p.withFirstAndLastScore()).isEqualTo(18);
        // Wilson 95 %, z = 1.96: centre (p + z²/2n), half-width z·√(p(1 − p)/n + z²/4n²), both over 1 + z²/n,
        // worked with a calculator and rounded to 4 decimals. Not at caseness: 5 (8), 8 (6), 16 (9).
        rate(p.casenessAtStart(), 16, 19, 0.8421, 0.6243, 0.9448);
        assertThat(p.finished().count()).isEqualTo(17);
        assertThat(p.finished().byTermination()).isEqualTo(14);
        assertThat(p.finished().byTwoAdministrations()).isEqualTo(3);
        rate(p.reliableImprovement(), 9, 17, 0.5294, 0.3096, 0.7384);
        rate(p.noReliableChange(), 5, 17, 0.2941, 0.1328, 0.5313);
        rate(p.reliableDeterioration(), 3, 17, 0.1765, 0.0619, 0.4103);
        assertThat(p.reliableChangeNotComputable()).isZero();
        assertThat(p.reliableChangeMethods()).isEqualTo(Map.of("published-threshold", 17L));
        rate(p.recovery(), 8, 14, 0.5714, 0.3259, 0.7862);
        rate(p.reliableRecovery(), 7, 14, 0.5, 0.268, 0.732);
        Map<String, Long> categories = new java.util.LinkedHashMap<>();
        categories.put("recovered", 7L);
        categories.put("improved", 2L);
        categories.put("unchanged", 5L);
        categories.put("deteriorated", 1L);
        categories.put("harmed", 2L);
        categories.put("noCategory", 0L);
        assertThat(p.categories()).containsExactlyEntriesOf(categories);
        // 18 clients with a first and a last score: Σx = 274, Σy = 184, Σx² = 4664, Σy² = 2270, Σxy = 2728.
        // Mean start 274/18 = 15.22, SD √((4664 − 274²/18)/17) = 5.386; mean end 10.22, SD √((2270 − 184²/18)/17)
        // = 4.784; mean change −5; r = (2728 − 274·184/18)/√(493.11·389.11) = −0.166.
        // d = −(−5)/5.386 = 0.928 (lower is better, so a fall is a positive d); var = 2(1 + 0.1664)/18 +
        // 0.928²/36 = 0.1535, SE 0.3918; interval 0.928 ± 1.96·0.3918 = 0.160 to 1.696.
        var prePost = p.prePost();
        assertThat(prePost.n()).isEqualTo(18);
        assertThat(prePost.startMean()).isEqualTo(15.22);
        assertThat(prePost.startSd()).isEqualTo(5.39);
        assertThat(prePost.endMean()).isEqualTo(10.22);
        assertThat(prePost.endSd()).isEqualTo(4.78);
        assertThat(prePost.meanChange()).isEqualTo(-5.0);
        assertThat(prePost.correlation()).isEqualTo(-0.166);
        assertThat(prePost.effectSize().d()).isEqualTo(0.928);
        assertThat(prePost.effectSize().lower()).isEqualTo(0.16);
        assertThat(prePost.effectSize().upper()).isEqualTo(1.696);
        assertThat(prePost.effectSize().method()).contains("Becker (1988)");
        rate(p.suddenGain(), 1, 3, 0.3333, 0.0615, 0.7923);
        assertThat(p.followUp().clients()).isEqualTo(2);
        rate(p.followUp().maintained(), 1, 2, 0.5, 0.0945, 0.9055);
        rate(p.followUp().relapsed(), 1, 2, 0.5, 0.0945, 0.9055);
        assertThat(p.summary()).startsWith("PHQ-9 total: of 17 clients who finished, 9 (52.9 %) improved reliably");
    }

    /**
     * NHS Talking Therapies pairs (PHQ-9 ≥ 10 or GAD-7 ≥ 8 a case; a fall of 6 / 4 or more reliable; recovery both
     * below caseness at the end): 19 clients have both measures, 18 of them at least twice (not 10). Not a case: 5,
     * 8 (16 is a case by GAD-7 8). Recovery 1, 6, 7, 11, 14, 17, 18, 19 (8 of 16); reliable improvement 1, 2, 6, 9,
     * 11, 12, 14, 17, 18, 19 (10 of 18; 9 counts here, the pair not asking whether the course finished); reliable
     * deterioration 4, 5, 16; no reliable change 3, 7, 8, 13, 15; reliable recovery 7 of 16.
     */
    @Test
    void pairedTalkingTherapiesOutcomesMatchTheHandWorkedCohort() throws Exception {
        PairedOutcome tt = CohortOutcomes.outcomes(cohort(), List.of(), Cohorts.KIND_ONLY).overall()
                .talkingTherapies();
        assertThat(tt.withBothMeasures()).isEqualTo(19);
        assertThat(tt.assessed()).isEqualTo(18);
        rate(tt.casenessAtStart(), 16, 18, 0.8889, 0.672, 0.969);
        rate(tt.recovery(), 8, 16, 0.5, 0.28, 0.72);
        rate(tt.reliableImprovement(), 10, 18, 0.5556, 0.3372, 0.7544);
        rate(tt.reliableDeterioration(), 3, 18, 0.1667, 0.0584, 0.3922);
        rate(tt.noReliableChange(), 5, 18, 0.2778, 0.125, 0.5087);
        rate(tt.reliableRecovery(), 7, 16, 0.4375, 0.231, 0.6682);
    }

    @Test
    void eachGroupHasItsOwnFigures() throws Exception {
        CohortReport report = CohortOutcomes.outcomes(cohort(), List.of(), Cohorts.KIND_ONLY);
        assertThat(report.groups()).extracting(GroupOutcome::group).containsExactly("A", "B");
        MeasureOutcome a = phq(report.groups().get(0));
        assertThat(report.groups().get(0).clients()).isEqualTo(10);
        assertThat(a.finished().count()).isEqualTo(8);
        rate(a.casenessAtStart(), 8, 10, 0.8, 0.4902, 0.9433);
        rate(a.reliableImprovement(), 3, 8, 0.375, 0.1368, 0.6943);
        rate(a.noReliableChange(), 3, 8, 0.375, 0.1368, 0.6943);
        rate(a.reliableDeterioration(), 2, 8, 0.25, 0.0715, 0.5907);
        rate(a.recovery(), 3, 6, 0.5, 0.1876, 0.8124);
        rate(a.reliableRecovery(), 2, 6, 0.3333, 0.0968, 0.7);
        // A: n 9, Σx 128, Σy 94, Σx² 2054, Σy² 1196, Σxy 1299: SD start 5.403, r −0.169, d = 3.778/5.403 = 0.699,
        // SE √(2·1.1694/9 + 0.699²/18) = 0.5357, interval −0.351 to 1.749.
        assertThat(a.prePost().effectSize().d()).isEqualTo(0.699);
        assertThat(a.prePost().effectSize().lower()).isEqualTo(-0.351);
        assertThat(a.prePost().effectSize().upper()).isEqualTo(1.749);
        GroupOutcome groupB = report.groups().get(1);
        assertThat(groupB.clients()).isEqualTo(10);
        assertThat(groupB.unanalysed()).isEqualTo(1);
        MeasureOutcome b = phq(groupB);
        assertThat(b.finished().count()).isEqualTo(9);
        rate(b.reliableImprovement(), 6, 9, 0.6667, 0.3542, 0.8794);
        rate(b.recovery(), 5, 8, 0.625, 0.3057, 0.8632);
        // B: n 9, Σx 146, Σy 90, Σx² 2610, Σy² 1074, Σxy 1429: SD start 5.495, r −0.151, d = 6.222/5.495 = 1.132,
        // SE 0.5719, interval 0.011 to 2.253.
        assertThat(b.prePost().effectSize().d()).isEqualTo(1.132);
        assertThat(b.prePost().effectSize().lower()).isEqualTo(0.011);
        assertThat(b.prePost().effectSize().upper()).isEqualTo(2.253);
    }

    @Test
    void aBenchmarkIsAboveAroundOrBelowTheInterval() throws Exception {
        // Reliable improvement 9 of 17: Wilson 0.3096 to 0.7384.
        List<Benchmark> benchmarks = List.of(
                new Benchmark("phq9/total", Outcome.RELIABLE_IMPROVEMENT, 0.25, null, "a low figure"),
                new Benchmark("phq9/total", Outcome.RELIABLE_IMPROVEMENT, 0.5, null, null),
                new Benchmark("phq9/total", Outcome.RELIABLE_IMPROVEMENT, 0.9, null, null),
                // With n = 100 the benchmark's own interval for 0.25 is 0.1755 to 0.3430: it overlaps 0.3096.
                new Benchmark("phq9/total", Outcome.RELIABLE_IMPROVEMENT, 0.25, 100L, null));
        var verdicts = phq(CohortOutcomes.outcomes(cohort(), benchmarks, Cohorts.KIND_ONLY).overall()).benchmarks();
        assertThat(verdicts).extracting(CohortReport.BenchmarkVerdict::position).containsExactly(
                BenchmarkPosition.ABOVE, BenchmarkPosition.AROUND, BenchmarkPosition.BELOW, BenchmarkPosition.AROUND);
        assertThat(verdicts.get(3).benchmarkLower()).isEqualTo(0.1755);
        assertThat(verdicts.get(3).benchmarkUpper()).isEqualTo(0.343);
    }
}
