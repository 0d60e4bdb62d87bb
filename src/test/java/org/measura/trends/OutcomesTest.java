package org.measura.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.measura.trends.Fixtures.START;

import java.util.List;
import org.junit.jupiter.api.Test;

/** PHQ-9 response and remission (§9) and the NHS Talking Therapies paired classification (§8). */
class OutcomesTest {

    private static final TrendEngine ENGINE = new TrendEngine();

    private static ScaleSeries phq9(double... scores) {
        return new ScaleSeries("phq9", "total", "PHQ-9", ScoreDirection.LOWER_IS_BETTER, Psychometrics.none(),
                points(scores));
    }

    private static ScaleSeries gad7(double... scores) {
        return new ScaleSeries("gad7", "total", "GAD-7", ScoreDirection.LOWER_IS_BETTER, Psychometrics.none(),
                points(scores));
    }

    /** Weekly, sessions 1..n, so PHQ-9 and GAD-7 given together pair by date and session. */
    private static List<Point> points(double... scores) {
        return Fixtures.weekly(scores);
    }

    private static Classification named(List<Classification> list, String name) {
        return list.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Classification> phqOutcomes(double... scores) throws Exception {
        return ENGINE.analyse(phq9(scores), TrendOptions.defaults()).outcomes();
    }

    @Test
    void responseAndRemission() throws Exception {
        // 18 → 7: (18 − 7)/18 = 61.11 % ≥ 50 % → response; 7 is not below 5 → no remission
        List<Classification> o = phqOutcomes(18, 12, 7);
        Classification response = named(o, "phq9-response");
        assertThat(response.holds()).isTrue();
        assertThat(response.comparison().wire()).isEqualTo("baseline-to-latest");
        assertThat(response.explanation()).isEqualTo("PHQ-9 fell from 18 to 7 (−11), a reduction of 61.11%; a"
                + " reduction of 50% or more is a response, so this is a response.");
        assertThat(named(o, "phq9-remission").holds()).isFalse();
    }

    @Test
    void exactlyHalfIsAResponseAndFourIsRemission() throws Exception {
        // 18 → 9 is exactly 50 % → response (≥); 10 → 4: 4 < 5 → remission
        assertThat(named(phqOutcomes(18, 9), "phq9-response").holds()).isTrue();
        assertThat(named(phqOutcomes(10, 4), "phq9-remission").holds()).isTrue();
        // 5 is not below 5
        assertThat(named(phqOutcomes(10, 5), "phq9-remission").holds()).isFalse();
        // 18 → 10 is 44.44 % → no response
        assertThat(named(phqOutcomes(18, 10), "phq9-response").holds()).isFalse();
    }

    @Test
    void responseUndefinedFromZero() throws Exception {
        assertThat(named(phqOutcomes(0, 3), "phq9-response").holds()).isNull();
    }

    private static TalkingTherapiesOutcome tt(double[] phq, double[] gad) throws Exception {
        return ENGINE.analyse(List.of(phq9(phq), gad7(gad)), TrendOptions.defaults()).talkingTherapies();
    }

    @Test
    void reliableRecovery() throws Exception {
        // PHQ-9 18 → 7 (fall 11 ≥ 6), GAD-7 14 → 5 (fall 9 ≥ 4); case at start; 7 < 10 and 5 < 8 at the end
        TalkingTherapiesOutcome o = tt(new double[] {18, 12, 7}, new double[] {14, 9, 5});
        assertThat(o.computed()).isTrue();
        assertThat(o.pairedAdministrations()).isEqualTo(3);
        assertThat(named(o.classifications(), "caseness-at-start").holds()).isTrue();
        assertThat(named(o.classifications(), "recovery").holds()).isTrue();
        assertThat(named(o.classifications(), "reliable-improvement").holds()).isTrue();
        assertThat(named(o.classifications(), "reliable-deterioration").holds()).isFalse();
        assertThat(named(o.classifications(), "reliable-recovery").holds()).isTrue();
        assertThat(named(o.classifications(), "no-reliable-change").holds()).isFalse();
        assertThat(named(o.classifications(), "reliable-improvement").explanation()).isEqualTo(
                "Reliable improvement: PHQ-9 fell from 18 to 7 (−11), a reliable fall (6 or more); GAD-7 fell from 14"
                        + " to 5 (−9), a reliable fall (4 or more); at least one reliable fall and no reliable rise.");
        assertThat(o.summary()).contains("reliable recovery");
    }

    @Test
    void recoveryWithoutReliableImprovement() throws Exception {
        // PHQ-9 11 → 8 (fall 3), GAD-7 9 → 7 (fall 2): case (11 ≥ 10); end 8 < 10, 7 < 8 → recovery;
        // no reliable fall → no reliable improvement → no reliable recovery; no reliable change
        TalkingTherapiesOutcome o = tt(new double[] {11, 8}, new double[] {9, 7});
        assertThat(named(o.classifications(), "recovery").holds()).isTrue();
        assertThat(named(o.classifications(), "reliable-improvement").holds()).isFalse();
        assertThat(named(o.classifications(), "reliable-recovery").holds()).isFalse();
        assertThat(named(o.classifications(), "no-reliable-change").holds()).isTrue();
    }

    @Test
    void reliableFallOnOneAndReliableRiseOnTheOtherIsNeither() throws Exception {
        // PHQ-9 16 → 10: fall of exactly 6 ("6 or more") is reliable; GAD-7 6 → 10: rise of exactly 4 is reliable.
        // Improvement needs no reliable rise on the other measure, deterioration no reliable fall → neither.
        // Recovery: PHQ-9 10 is not below 10 → no recovery.
        TalkingTherapiesOutcome o = tt(new double[] {16, 10}, new double[] {6, 10});
        assertThat(named(o.classifications(), "reliable-improvement").holds()).isFalse();
        assertThat(named(o.classifications(), "reliable-deterioration").holds()).isFalse();
        assertThat(named(o.classifications(), "no-reliable-change").holds()).isTrue();
        assertThat(named(o.classifications(), "recovery").holds()).isFalse();
        assertThat(named(o.classifications(), "reliable-improvement").explanation())
                .contains("but also a reliable rise on the other measure");
    }

    @Test
    void reliableDeteriorationFromBelowCaseness() throws Exception {
        // PHQ-9 8 → 15 (rise 7 ≥ 6), GAD-7 5 → 6; not a case at start (8 < 10, 5 < 8)
        TalkingTherapiesOutcome o = tt(new double[] {8, 15}, new double[] {5, 6});
        assertThat(named(o.classifications(), "caseness-at-start").holds()).isFalse();
        assertThat(named(o.classifications(), "reliable-deterioration").holds()).isTrue();
        assertThat(named(o.classifications(), "recovery").holds()).isFalse();
        assertThat(named(o.classifications(), "recovery").explanation()).startsWith("Recovery does not apply");
    }

    @Test
    void anxietyCasenessAloneMakesACase() throws Exception {
        // PHQ-9 9 → 4 (not a case on PHQ-9), GAD-7 12 → 6 (12 ≥ 8 case; fall 6 ≥ 4): recovery, reliable recovery
        TalkingTherapiesOutcome o = tt(new double[] {9, 4}, new double[] {12, 6});
        assertThat(named(o.classifications(), "caseness-at-start").holds()).isTrue();
        assertThat(named(o.classifications(), "reliable-recovery").holds()).isTrue();
    }

    @Test
    void fewerThanTwoPairedAdministrationsIsSaidPlainly() throws Exception {
        ScaleSeries gadOtherDays = new ScaleSeries("gad7", "total", "GAD-7", ScoreDirection.LOWER_IS_BETTER,
                Psychometrics.none(), List.of(Point.of(START, 1, Phase.BASELINE, 12),
                        Point.of(START.plusDays(3), 2, null, 6)));
        TalkingTherapiesOutcome o = ENGINE.analyse(List.of(phq9(18, 7), gadOtherDays), TrendOptions.defaults())
                .talkingTherapies();
        assertThat(o.computed()).isFalse();
        assertThat(o.pairedAdministrations()).isEqualTo(1);
        assertThat(o.summary()).contains("at least twice");
    }

    @Test
    void onlyPhq9GivesANoteInsteadOfAClassification() throws Exception {
        TrendReport r = ENGINE.analyse(List.of(phq9(18, 7)), TrendOptions.defaults());
        assertThat(r.talkingTherapies()).isNull();
        assertThat(r.notes()).anyMatch(n -> n.contains("needs both PHQ-9 and GAD-7"));
    }
}
