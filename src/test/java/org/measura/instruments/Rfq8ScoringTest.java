package org.measura.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.measura.instruments.Scoring.answers;
import static org.measura.instruments.Scoring.scale;
import static org.measura.instruments.Scoring.score;
import static org.measura.instruments.Scoring.scoreOf;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.measura.api.ScoringPointers;
import org.measura.catalog.Direction;
import org.measura.catalog.InstrumentDefinition;
import org.measura.scoring.InvalidResponsesException;
import org.measura.scoring.NotScorableException;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;

/**
 * RFQ-8 (Fonagy 2016; key S2): items 1-8 rated 1-7, item 7 reverse-keyed (8 - x).
 * Certainty (RFQ_c) = mean of items 1-6 recoded 1,2,3,4,5,6,7 -> 3,2,1,0,0,0,0.
 * Uncertainty (RFQ_u) = mean of items 2, 4, 5, 6, 7 (after reversal), 8 recoded 1,2,3,4,5,6,7 -> 0,0,0,0,1,2,3.
 * An answer of 4 counts 0 on both scales (and item 7 at 4 reverses to 4), so 4 is used as the neutral filler.
 * No published missing-item rule.
 */
class Rfq8ScoringTest {

    private static final InstrumentDefinition RFQ8 = Scoring.CATALOG.find("rfq8").orElseThrow();

    @ParameterizedTest(name = "items 1-6 at {0}: certainty {1}, uncertainty {2}")
    @CsvSource({
            // v, certainty = recode_c(v); uncertainty = 4 x recode_u(v) / 6 (items 2, 4, 5, 6; items 7 and 8 at 4 count 0)
            "1, 3, 0",
            "2, 2, 0",
            "3, 1, 0",
            "4, 0, 0",
            "5, 0, 0.67", // 4 x 1 / 6 = 0.666...
            "6, 0, 1.33", // 4 x 2 / 6 = 1.333...
            "7, 0, 2"})   // 4 x 3 / 6 = 2
    void certaintyRecodeAtEachValue(int v, double certainty, double uncertainty) {
        ScoreResult r = score("rfq8", answers(v, v, v, v, v, v, 4, 4));
        assertThat(scoreOf(r, "certainty")).isEqualTo(certainty);
        assertThat(scoreOf(r, "uncertainty")).isEqualTo(uncertainty);
    }

    @ParameterizedTest(name = "uncertainty items at {0} (item 7 answered 8 - {0}): uncertainty {1}, certainty {2}")
    @CsvSource({
            // v, uncertainty = recode_u(v) on all six (item 7 answered 8 - v reverses to v);
            //    certainty = 4 x recode_c(v) / 6 (items 2, 4, 5, 6; items 1 and 3 at 4 count 0)
            "1, 0, 2",    // 4 x 3 / 6 = 2
            "2, 0, 1.33", // 4 x 2 / 6 = 1.333...
            "3, 0, 0.67", // 4 x 1 / 6 = 0.666...
            "4, 0, 0",
            "5, 1, 0",
            "6, 2, 0",
            "7, 3, 0"})
    void uncertaintyRecodeAtEachValue(int v, double uncertainty, double certainty) {
        ScoreResult r = score("rfq8", answers(4, v, 4, v, v, v, 8 - v, v));
        assertThat(scoreOf(r, "uncertainty")).isEqualTo(uncertainty);
        assertThat(scoreOf(r, "certainty")).isEqualTo(certainty);
    }

    @ParameterizedTest(name = "item 7 at {0} alone: uncertainty {1}")
    @CsvSource({
            // raw v -> reversed 8 - v -> recode_u; uncertainty = that / 6; certainty stays 0
            "1, 0.5",  // 7 -> 3; 3 / 6 = 0.5
            "2, 0.33", // 6 -> 2; 2 / 6 = 0.333...
            "3, 0.17", // 5 -> 1; 1 / 6 = 0.1666... (half-up)
            "4, 0",    // 4 -> 0
            "5, 0",    // 3 -> 0
            "6, 0",    // 2 -> 0
            "7, 0"})   // 1 -> 0
    void itemSevenIsReversedThenRecoded(int v, double uncertainty) {
        ScoreResult r = score("rfq8", answers(4, 4, 4, 4, 4, 4, v, 4));
        assertThat(scoreOf(r, "uncertainty")).isEqualTo(uncertainty);
        assertThat(scoreOf(r, "certainty")).isEqualTo(0);
    }

    @ParameterizedTest(name = "every item at {0}: certainty {1}, uncertainty {2}")
    @CsvSource({
            // certainty = recode_c(v); uncertainty = (5 x recode_u(v) + recode_u(8 - v)) / 6
            "1, 3, 0.5",  // (0 + 3) / 6
            "2, 2, 0.33", // (0 + 2) / 6
            "3, 1, 0.17", // (0 + 1) / 6
            "4, 0, 0",    // (0 + 0) / 6
            "5, 0, 0.83", // (5 + 0) / 6 = 0.833...
            "6, 0, 1.67", // (10 + 0) / 6 = 1.666...
            "7, 0, 2.5"}) // (15 + 0) / 6
    void answeringEveryItemTheSame(int v, double certainty, double uncertainty) {
        ScoreResult r = score("rfq8", Scoring.all(8, v));
        assertThat(scoreOf(r, "certainty")).isEqualTo(certainty);
        assertThat(scoreOf(r, "uncertainty")).isEqualTo(uncertainty);
    }

    @Test
    void aMixedResponse() {
        // answers 2, 5, 1, 3, 6, 4, 2, 6
        // certainty: items 1-6 -> 2, 0, 3, 1, 0, 0 = 6; 6 / 6 = 1
        // uncertainty: item 2 (5) -> 1, item 4 (3) -> 0, item 5 (6) -> 2, item 6 (4) -> 0,
        //              item 7 (2, reversed 6) -> 2, item 8 (6) -> 2 = 7; 7 / 6 = 1.1666... reported 1.17
        ScoreResult r = score("rfq8", answers(2, 5, 1, 3, 6, 4, 2, 6));
        assertThat(scoreOf(r, "certainty")).isEqualTo(1);
        assertThat(scoreOf(r, "uncertainty")).isEqualTo(1.17);
        assertThat(scale(r, "certainty").facts().direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(scale(r, "uncertainty").facts().direction()).isEqualTo(Direction.HIGHER_IS_WORSE);
        assertThat(RFQ8.reverseKeyed()).containsExactly("7");
    }

    @Test
    void aMissingItemLeavesOnlyItsScalesUnscored() {
        // item 8 is on uncertainty only: certainty still 1 (as above)
        ScoreResult r = score("rfq8", answers(2, 5, 1, 3, 6, 4, 2, null));
        assertThat(scoreOf(r, "certainty")).isEqualTo(1);
        assertThat(scale(r, "uncertainty").scored()).isFalse();
        assertThat(scale(r, "uncertainty").notScoredReason()).contains("1 of 6 items unanswered (8)")
                .contains("no published missing-item rule");

        // item 1 is on certainty only: uncertainty still 1.17
        ScoreResult r1 = score("rfq8", answers(null, 5, 1, 3, 6, 4, 2, 6));
        assertThat(scale(r1, "certainty").scored()).isFalse();
        assertThat(scoreOf(r1, "uncertainty")).isEqualTo(1.17);
    }

    @Test
    void anItemOnBothScalesMissingMeansNothingIsScored() {
        Map<String, Integer> responses = answers(2, null, 1, 3, 6, 4, 2, 6);
        Throwable t = catchThrowable(() -> Scorer.score(RFQ8, responses, null));
        assertThat(t).isInstanceOf(NotScorableException.class);
        assertThat(((NotScorableException) t).reasons()).hasSize(2)
                .allSatisfy(reason -> assertThat(reason).contains("1 of 6 items unanswered (2)"));
    }

    @Test
    void valuesOffTheScaleAndUnknownItemsAreRefused() {
        Throwable t = catchThrowable(() -> Scorer.score(RFQ8, Map.of("1", 0, "7", 8, "9", 4), null));
        assertThat(t).isInstanceOf(InvalidResponsesException.class);
        assertThat(((InvalidResponsesException) t).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactlyInAnyOrder("/responses/1", "/responses/7", "/responses/9");
    }

    @Test
    void noNormsOrCutoffsAreShipped() {
        assertThat(RFQ8.scales()).allSatisfy(s -> {
            assertThat(s.norms()).isEmpty();
            assertThat(s.cutoffs()).isEmpty();
            assertThat(s.bands()).isEmpty();
            assertThat(s.reliability()).isEmpty();
        });
    }
}
