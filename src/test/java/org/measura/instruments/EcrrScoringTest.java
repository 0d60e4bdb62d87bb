package org.measura.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
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
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;

/**
 * ECR-R, grouped item order (key S2): items 1-36 rated 1-7; anxiety = mean of 1-18 (reverse 9, 11); avoidance =
 * mean of 19-36 (reverse 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36); reversal 8 - x; higher is more insecure.
 * No published missing-item rule.
 */
class EcrrScoringTest {

    private static final InstrumentDefinition ECRR = Scoring.CATALOG.find("ecrr").orElseThrow();

    @Test
    void theReverseKeyIsTheGroupedOne() {
        assertThat(ECRR.reverseKeyed()).containsExactlyInAnyOrder(
                "9", "11", "20", "22", "26", "27", "28", "29", "30", "31", "33", "34", "35", "36");
        assertThat(ECRR.formVersion()).contains("grouped").contains("1-18").contains("19-36");
    }

    @ParameterizedTest(name = "item {0} at 7: {1} = {2}")
    @CsvSource({
            // every item at 4 (reversal leaves 4 as 4), then one item at 7:
            //   keyed as asked: (17 x 4 + 7) / 18 = 75 / 18 = 4.1666... -> 4.17
            //   reverse-keyed:  (17 x 4 + 1) / 18 = 69 / 18 = 3.8333... -> 3.83
            "1, anxiety, 4.17", "2, anxiety, 4.17", "3, anxiety, 4.17", "4, anxiety, 4.17", "5, anxiety, 4.17",
            "6, anxiety, 4.17", "7, anxiety, 4.17", "8, anxiety, 4.17", "9, anxiety, 3.83", "10, anxiety, 4.17",
            "11, anxiety, 3.83", "12, anxiety, 4.17", "13, anxiety, 4.17", "14, anxiety, 4.17", "15, anxiety, 4.17",
            "16, anxiety, 4.17", "17, anxiety, 4.17", "18, anxiety, 4.17",
            "19, avoidance, 4.17", "20, avoidance, 3.83", "21, avoidance, 4.17", "22, avoidance, 3.83",
            "23, avoidance, 4.17", "24, avoidance, 4.17", "25, avoidance, 4.17", "26, avoidance, 3.83",
            "27, avoidance, 3.83", "28, avoidance, 3.83", "29, avoidance, 3.83", "30, avoidance, 3.83",
            "31, avoidance, 3.83", "32, avoidance, 4.17", "33, avoidance, 3.83", "34, avoidance, 3.83",
            "35, avoidance, 3.83", "36, avoidance, 3.83"})
    void eachItemCountsOnItsScaleInItsDirection(int item, String scaleId, double expected) {
        Map<String, Integer> responses = Scoring.all(36, 4);
        responses.put(Integer.toString(item), 7);
        ScoreResult r = score("ecrr", responses);
        assertThat(scoreOf(r, scaleId)).isEqualTo(expected);
        // the other scale is untouched: 18 x 4 / 18 = 4
        assertThat(scoreOf(r, scaleId.equals("anxiety") ? "avoidance" : "anxiety")).isEqualTo(4);
    }

    @Test
    void allOnesAndAllSevens() {
        // all 1: anxiety (16 x 1 + 2 x 7) / 18 = 30 / 18 = 1.666... -> 1.67;
        //        avoidance (6 x 1 + 12 x 7) / 18 = 90 / 18 = 5
        ScoreResult low = score("ecrr", Scoring.all(36, 1));
        assertThat(scoreOf(low, "anxiety")).isEqualTo(1.67);
        assertThat(scoreOf(low, "avoidance")).isEqualTo(5);
        // all 7: anxiety (16 x 7 + 2 x 1) / 18 = 114 / 18 = 6.333... -> 6.33;
        //        avoidance (6 x 7 + 12 x 1) / 18 = 54 / 18 = 3
        ScoreResult high = score("ecrr", Scoring.all(36, 7));
        assertThat(scoreOf(high, "anxiety")).isEqualTo(6.33);
        assertThat(scoreOf(high, "avoidance")).isEqualTo(3);
    }

    @Test
    void theSecureEndOfEveryItemGivesOneAndTheInsecureEndSeven() {
        // secure: 1 on items keyed as asked, 7 on reverse-keyed (which counts 8 - 7 = 1): both means 1
        Map<String, Integer> secure = Scoring.all(36, 1);
        ECRR.reverseKeyed().forEach(i -> secure.put(i, 7));
        ScoreResult s = score("ecrr", secure);
        assertThat(scoreOf(s, "anxiety")).isEqualTo(1);
        assertThat(scoreOf(s, "avoidance")).isEqualTo(1);
        // insecure: the mirror image, both means 7
        Map<String, Integer> insecure = Scoring.all(36, 7);
        ECRR.reverseKeyed().forEach(i -> insecure.put(i, 1));
        ScoreResult i = score("ecrr", insecure);
        assertThat(scoreOf(i, "anxiety")).isEqualTo(7);
        assertThat(scoreOf(i, "avoidance")).isEqualTo(7);
        assertThat(scale(i, "anxiety").facts().direction()).isEqualTo(Direction.HIGHER_IS_WORSE);
        assertThat(scale(i, "avoidance").facts().direction()).isEqualTo(Direction.HIGHER_IS_WORSE);
    }

    @Test
    void aMixedResponse() {
        // anxiety items 1-18: 3, 5, 2, 6, 4, 4, 5, 3, [9] 2 -> 6, 5, [11] 6 -> 2, 4, 3, 5, 6, 2, 4, 5
        //   = 3 + 5 + 2 + 6 + 4 + 4 + 5 + 3 + 6 + 5 + 2 + 4 + 3 + 5 + 6 + 2 + 4 + 5 = 74; 74 / 18 = 4.111... -> 4.11
        // avoidance items 19-36 all 2, except reverse-keyed items all 6 (-> 2): 18 x 2 / 18 = 2
        Map<String, Integer> r = new java.util.HashMap<>();
        int[] anxiety = {3, 5, 2, 6, 4, 4, 5, 3, 2, 5, 6, 4, 3, 5, 6, 2, 4, 5};
        for (int k = 0; k < 18; k++) {
            r.put(Integer.toString(k + 1), anxiety[k]);
        }
        for (int item = 19; item <= 36; item++) {
            r.put(Integer.toString(item), 2);
        }
        for (String item : new String[] {"20", "22", "26", "27", "28", "29", "30", "31", "33", "34", "35", "36"}) {
            r.put(item, 6);
        }
        ScoreResult result = score("ecrr", r);
        assertThat(scoreOf(result, "anxiety")).isEqualTo(4.11);
        assertThat(scoreOf(result, "avoidance")).isEqualTo(2);
    }

    @Test
    void aMissingItemLeavesOnlyItsScaleUnscored() {
        Map<String, Integer> responses = Scoring.all(36, 4);
        responses.remove("36");
        ScoreResult r = score("ecrr", responses);
        assertThat(scoreOf(r, "anxiety")).isEqualTo(4);
        assertThat(scale(r, "avoidance").scored()).isFalse();
        assertThat(scale(r, "avoidance").notScoredReason()).contains("1 of 18 items unanswered (36)")
                .contains("no published missing-item rule");
    }

    @Test
    void valuesOffTheScaleAndUnknownItemsAreRefused() {
        Throwable t = catchThrowable(() -> Scorer.score(ECRR, Map.of("1", 0, "36", 8, "37", 4), null));
        assertThat(t).isInstanceOf(InvalidResponsesException.class);
        assertThat(((InvalidResponsesException) t).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactlyInAnyOrder("/responses/1", "/responses/36", "/responses/37");
    }

    @Test
    void noNormsOrCutoffsAreShipped() {
        assertThat(ECRR.scales()).allSatisfy(s -> {
            assertThat(s.norms()).isEmpty();
            assertThat(s.cutoffs()).isEmpty();
            assertThat(s.reliability()).isEmpty();
        });
    }
}
