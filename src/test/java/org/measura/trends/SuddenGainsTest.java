package org.measura.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.measura.trends.Fixtures.START;
import static org.measura.trends.Fixtures.analyse;
import static org.measura.trends.Fixtures.f;
import static org.measura.trends.Fixtures.series;
import static org.measura.trends.Fixtures.threshold;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tang &amp; DeRubeis criteria as in docs/reference/change-methods.md §7, absolute cut-off 7, relative share .25.
 * */
class SuddenGainsTest {

    private static final TrendOptions SEVEN = TrendOptions.defaults().withSuddenGains(7.0, 0.25, true, false);

    /** Points at the given session numbers, one week per session number. */
    private static List<Point> sessions(int[] sessions, double[] scores) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < sessions.length; i++) {
            points.add(Point.of(START.plusWeeks(sessions[i]), sessions[i], i == 0 ? Phase.BASELINE : Phase.TREATMENT,
                    scores[i]));
        }
        return points;
    }

    private static SuddenChanges detect(ScoreDirection d, int[] sessions, double[] scores, TrendOptions o)
            throws Exception {
        return analyse(series("BDI", d, Psychometrics.none(), sessions(sessions, scores)), o).suddenChanges();
    }

    @Test
    void allSixPointsPresentUsesT2776() throws Exception {
        // Sessions 1–7: 24, 25, 23, 12, 11, 13, 12. Gain 3 → 4: 23 − 12 = 11 ≥ 7; 11 ≥ .25·23 = 5.75.
        // Pre (1–3): mean 24, SD 1; post (4–6): mean 12, SD 1; pooled = √((2·1 + 2·1)/4) = 1;
        // 24 − 12 = 12 > 2.776·1 → sudden gain. Later scores 11, 13, 12 stay below the midpoint 17.5 → not reversed.
        SuddenChanges sg = detect(ScoreDirection.LOWER_IS_BETTER, new int[] {1, 2, 3, 4, 5, 6, 7},
                new double[] {24, 25, 23, 12, 11, 13, 12}, SEVEN);
        assertThat(sg.evaluated()).isTrue();
        assertThat(sg.gains()).hasSize(1);
        SuddenShift g = sg.gains().get(0);
        assertThat(g.interval().preSession()).isEqualTo(3);
        assertThat(g.interval().postSession()).isEqualTo(4);
        assertThat(g.criteria().magnitude()).isEqualTo(11.0);
        assertThat(g.criteria().absoluteMet()).isTrue();
        assertThat(g.criteria().relativeMet()).isTrue();
        assertThat(g.stability().stabilityMet()).isTrue();
        assertThat(g.stability().pointsBefore()).isEqualTo(3);
        assertThat(g.stability().pointsAfter()).isEqualTo(3);
        assertThat(g.stability().meanBefore()).isEqualTo(24.0);
        assertThat(g.stability().meanAfter()).isEqualTo(12.0);
        assertThat(g.stability().pooledSd()).isEqualTo(1.0);
        assertThat(g.stability().tCritical()).isEqualTo(2.776);
        assertThat(g.reversal().reversed()).isFalse();
        assertThat(sg.losses()).isEmpty();
        // 1 → 2 is not examined (suddengains default); 2→3, 3→4, 4→5, 5→6, 6→7 are
        assertThat(sg.intervalsExamined()).isEqualTo(5);
        assertThat(sg.sessionNumbering()).startsWith("the caller's session numbers");
    }

    @Test
    void oneMissingOnBothSidesUsesT4303() throws Exception {
        // Sessions 1, 3, 4, 5, 7 (2 and 6 missed): 22, 24, 12, 14, 13. Gain 3 → 4: 12 ≥ 7, 12 ≥ 6.
        // Pre window 1–3 holds 22, 24 (mean 23, SD √2); post 4–6 holds 12, 14 (mean 13, SD √2);
        // pooled = √((1·2 + 1·2)/2) = √2 = 1.414; df 2 → 4.303; 10 > 4.303·1.414 = 6.085 → gain
        SuddenChanges sg = detect(ScoreDirection.LOWER_IS_BETTER, new int[] {1, 3, 4, 5, 7},
                new double[] {22, 24, 12, 14, 13}, SEVEN);
        assertThat(sg.gains()).hasSize(1);
        SuddenShift g = sg.gains().get(0);
        assertThat(g.stability().pointsBefore()).isEqualTo(2);
        assertThat(g.stability().pointsAfter()).isEqualTo(2);
        assertThat(g.stability().tCritical()).isEqualTo(4.303);
        assertThat(g.stability().pooledSd()).isEqualTo(1.414);
        // only 3→4 and 4→5 are consecutive sessions that are both present
        assertThat(sg.intervalsExamined()).isEqualTo(2);
    }

    @Test
    void oneMissingOnBothSidesCanFailWhereCompleteDataWouldPass() throws Exception {
        // Sessions 1, 3, 4, 5: 22, 24, 17, 19. 3 → 4: 7 ≥ 7, 7 ≥ 6. Means 23 and 18, pooled √2.
        // 5 ≤ 4.303·1.414 = 6.085 → stability fails (with 2.776 it would pass: 3.926) → a candidate only
        SuddenChanges sg = detect(ScoreDirection.LOWER_IS_BETTER, new int[] {1, 3, 4, 5},
                new double[] {22, 24, 17, 19}, SEVEN);
        assertThat(sg.gains()).isEmpty();
        assertThat(sg.candidates()).hasSize(1);
        SuddenShift c = sg.candidates().get(0);
        assertThat(c.stability().stabilityMet()).isFalse();
        assertThat(c.confirmed()).isFalse();
        assertThat(c.stability().tCritical()).isEqualTo(4.303);
        assertThat(c.explanation()).contains("the stability test fails");
    }

    @Test
    void oneMissingOnOneSideUsesT3182() throws Exception {
        // Sessions 1, 3, 4, 5, 6: 22, 24, 16, 18, 17. 3 → 4: 8 ≥ 7, 8 ≥ 6.
        // Pre 22, 24 (mean 23, var 2); post 16, 18, 17 (mean 17, var 1);
        // pooled = √((1·2 + 2·1)/3) = √(4/3) = 1.1547; df 3 → 3.182; 6 > 3.182·1.1547 = 3.674 → gain
        SuddenChanges sg = detect(ScoreDirection.LOWER_IS_BETTER, new int[] {1, 3, 4, 5, 6},
                new double[] {22, 24, 16, 18, 17}, SEVEN);
        assertThat(sg.gains()).hasSize(1);
        SuddenShift g = sg.gains().get(0);
        assertThat(g.stability().pointsBefore()).isEqualTo(2);
        assertThat(g.stability().pointsAfter()).isEqualTo(3);
        assertThat(g.stability().tCritical()).isEqualTo(3.182);
        assertThat(g.stability().pooledSd()).isEqualTo(1.155);
    }

    @Test
    void fewerThanTwoPointsOnASideIsNotEvaluated() throws Exception {
        // Sessions 1, 4, 5, 6, 7: 20, 24, 12, 11, 13. 4 → 5: 12 ≥ 7, 12 ≥ 6, but the pre window 2–4 holds only
        // session 4 → the stability test is NA → not a sudden gain
        SuddenChanges sg = detect(ScoreDirection.LOWER_IS_BETTER, new int[] {1, 4, 5, 6, 7},
                new double[] {20, 24, 12, 11, 13}, SEVEN);
        assertThat(sg.gains()).isEmpty();
        assertThat(sg.candidates()).hasSize(1);
        SuddenShift c = sg.candidates().get(0);
        assertThat(c.stability().stabilityMet()).isNull();
        assertThat(c.stability().pointsBefore()).isEqualTo(1);
        assertThat(c.explanation()).contains("cannot be evaluated");
    }

    @Test
    void aGainLaterReversed() throws Exception {
        // As allSixPointsPresent with session 8 = 19: the midpoint of 23 and 12 is 17.5; 19 > 17.5 → reversed at 8
        SuddenChanges sg = detect(ScoreDirection.LOWER_IS_BETTER, new int[] {1, 2, 3, 4, 5, 6, 7, 8},
                new double[] {24, 25, 23, 12, 11, 13, 12, 19}, SEVEN);
        SuddenShift g = sg.gains().get(0);
        assertThat(g.reversal().reversed()).isTrue();
        assertThat(g.reversal().reversalSession()).isEqualTo(8);
        assertThat(g.reversal().reversalValue()).isEqualTo(17.5);
        // 7 → 8 (+7) meets the absolute and relative loss criteria but has one post point → candidate loss
        assertThat(sg.candidates()).extracting(SuddenShift::kind).containsExactly(ShiftKind.LOSS);
    }

    @Test
    void suddenLossIsTheMirrorImage() throws Exception {
        // 10, 11, 9, 20, 21, 19: 9 → 20 rises 11 ≥ 7, ≥ .25·9; means 10 and 20, pooled 1; 10 > 2.776 → loss
        SuddenChanges sg = detect(ScoreDirection.LOWER_IS_BETTER, new int[] {1, 2, 3, 4, 5, 6},
                new double[] {10, 11, 9, 20, 21, 19}, SEVEN);
        assertThat(sg.gains()).isEmpty();
        assertThat(sg.losses()).hasSize(1);
        assertThat(sg.losses().get(0).interval().preSession()).isEqualTo(3);
        assertThat(sg.losses().get(0).criteria().magnitude()).isEqualTo(11.0);
    }

    @Test
    void higherIsBetterTurnsTheRiseIntoAGain() throws Exception {
        SuddenChanges sg = detect(ScoreDirection.HIGHER_IS_BETTER, new int[] {1, 2, 3, 4, 5, 6},
                new double[] {10, 11, 9, 20, 21, 19}, SEVEN);
        assertThat(sg.gains()).hasSize(1);
        assertThat(sg.losses()).isEmpty();
    }

    @Test
    void relativeCriterionCanFail() throws Exception {
        // 40, 41, 39, 31, 30, 32: 39 → 31 is 8 ≥ 7 but 8 < .25·39 = 9.75 → not even a candidate
        SuddenChanges sg = detect(ScoreDirection.LOWER_IS_BETTER, new int[] {1, 2, 3, 4, 5, 6},
                new double[] {40, 41, 39, 31, 30, 32}, SEVEN);
        assertThat(sg.gains()).isEmpty();
        assertThat(sg.candidates()).isEmpty();
    }

    @Test
    void withoutSessionNumbersPointsAreNumberedInDateOrder() throws Exception {
        List<Point> points = new ArrayList<>();
        double[] scores = {24, 25, 23, 12, 11, 13, 12};
        for (int i = 0; i < scores.length; i++) {
            points.add(Point.of(START.plusWeeks(i), null, null, scores[i]));
        }
        SuddenChanges sg = analyse(series("BDI", ScoreDirection.LOWER_IS_BETTER, Psychometrics.none(), points), SEVEN)
                .suddenChanges();
        assertThat(sg.sessionNumbering()).startsWith("no administration has a session number, so they are numbered"
                + " 1–7 in date order");
        assertThat(sg.gains()).extracting(s -> s.interval().preSession()).containsExactly(3);
    }

    @Test
    void pointsWithoutSessionAreLeftOutWhenOthersHaveOne() throws Exception {
        List<Point> points = new ArrayList<>(sessions(new int[] {1, 2, 3, 4, 5, 6},
                new double[] {24, 25, 23, 12, 11, 13}));
        points.add(Point.of(START.minusWeeks(1), null, null, 26));
        SuddenChanges sg = analyse(series("BDI", ScoreDirection.LOWER_IS_BETTER, Psychometrics.none(), points), SEVEN)
                .suddenChanges();
        assertThat(sg.sessionNumbering()).contains("1 administration without a session number left out");
        assertThat(sg.gains()).hasSize(1);
    }

    @Test
    void absoluteCutoffDefaultsToTheReliableChangeThreshold() throws Exception {
        // JT with SD 5, r .84: S_diff = √2·2 = 2.8284; 1.96·2.8284 = 5.544
        Psychometrics jt = Psychometrics.builder().reliability(f(0.84)).referenceSd(f(5)).build();
        SuddenChanges fromJt = analyse(series("BDI", ScoreDirection.LOWER_IS_BETTER, jt,
                sessions(new int[] {1, 2, 3, 4}, new double[] {20, 20, 20, 10}))).suddenChanges();
        assertThat(fromJt.absoluteCutoff()).isEqualTo(5.54);
        assertThat(fromJt.absoluteCutoffSource()).contains("Jacobson–Truax", "1.96 × S_diff 2.828");
        // the published threshold when Jacobson–Truax is not computable
        Psychometrics fixed = Psychometrics.builder().reliableChangeThreshold(threshold(6, true)).build();
        assertThat(analyse(series("PHQ-9", ScoreDirection.LOWER_IS_BETTER, fixed,
                sessions(new int[] {1, 2}, new double[] {20, 10}))).suddenChanges().absoluteCutoff()).isEqualTo(6.0);
        // nothing → not examined, said plainly
        SuddenChanges none = analyse(series("X", ScoreDirection.LOWER_IS_BETTER, Psychometrics.none(),
                sessions(new int[] {1, 2}, new double[] {20, 10}))).suddenChanges();
        assertThat(none.evaluated()).isFalse();
        assertThat(none.explanation()).contains("no absolute cut-off");
    }

    @Test
    void stabilityTestOffAndFirstIntervalIncluded() throws Exception {
        // 20 → 10 from measurement 1 to 2: 10 ≥ 7 and ≥ 5; with the stability test off and identify_sg_1to2 on,
        // it is a sudden gain
        TrendOptions o = TrendOptions.defaults().withSuddenGains(7.0, 0.25, false, true);
        SuddenChanges sg = detect(ScoreDirection.LOWER_IS_BETTER, new int[] {1, 2, 3}, new double[] {20, 10, 11}, o);
        assertThat(sg.gains()).hasSize(1);
        assertThat(sg.gains().get(0).stability().stabilityMet()).isNull();
        assertThat(sg.firstIntervalExamined()).isTrue();
    }
}
