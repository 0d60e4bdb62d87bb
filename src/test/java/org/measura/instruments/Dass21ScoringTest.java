package org.measura.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.measura.instruments.Scoring.all;
import static org.measura.instruments.Scoring.answers;
import static org.measura.instruments.Scoring.bandOf;
import static org.measura.instruments.Scoring.scale;
import static org.measura.instruments.Scoring.score;
import static org.measura.instruments.Scoring.scoreOf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.measura.api.ScoringPointers;
import org.measura.catalog.InstrumentDefinition;
import org.measura.scoring.InvalidResponsesException;
import org.measura.scoring.NotScorableException;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;

/**
 * DASS-21: items 0-3; depression 3, 5, 10, 13, 16, 17, 21; anxiety 2, 4, 7, 9, 15, 19, 20; stress 1, 6, 8, 11, 12,
 * 14, 18; each subscale sum x 2 (0-42); Lovibond bands on the x2 metric: D 0-9/10-13/14-20/21-27/28-42,
 * A 0-7/8-9/10-14/15-19/20-42, S 0-14/15-18/19-25/26-33/34-42. Complete forms give even scores only, so each
 * boundary is tested with the nearest even scores on either side. No missing-item rule; item 21 flag.
 */
class Dass21ScoringTest {

    private static final InstrumentDefinition DASS21 = Scoring.CATALOG.find("dass21").orElseThrow();
    private static final Map<String, List<Integer>> ITEMS = Map.of(
            "depression", List.of(3, 5, 10, 13, 16, 17, 21),
            "anxiety", List.of(2, 4, 7, 9, 15, 19, 20),
            "stress", List.of(1, 6, 8, 11, 12, 14, 18));

    @Test
    void fullResponseSet() {
        // items 1-21: 2 1 1 0 2 3 0 2 1 1 2 3 2 1 1 1 0 2 0 1 0
        // D (3,5,10,13,16,17,21): 1+2+1+2+1+0+0 = 7 x 2 = 14 moderate
        // A (2,4,7,9,15,19,20):   1+0+0+1+1+0+1 = 4 x 2 = 8 mild
        // S (1,6,8,11,12,14,18):  2+3+2+2+3+1+2 = 15 x 2 = 30 severe
        ScoreResult r = score("dass21", answers(2, 1, 1, 0, 2, 3, 0, 2, 1, 1, 2, 3, 2, 1, 1, 1, 0, 2, 0, 1, 0));
        assertThat(scoreOf(r, "depression")).isEqualTo(14);
        assertThat(bandOf(r, "depression")).isEqualTo("moderate");
        assertThat(scoreOf(r, "anxiety")).isEqualTo(8);
        assertThat(bandOf(r, "anxiety")).isEqualTo("mild");
        assertThat(scoreOf(r, "stress")).isEqualTo(30);
        assertThat(bandOf(r, "stress")).isEqualTo("severe");
        assertThat(r.flags()).isEmpty();
        assertThat(r.scales()).extracting(s -> s.id()).containsExactly("depression", "anxiety", "stress");
    }

    @Test
    void extremes() {
        // all 0 -> 0 on each; all 3 -> 7 x 3 = 21, x 2 = 42 on each
        ScoreResult none = score("dass21", all(21, 0));
        ScoreResult most = score("dass21", all(21, 3));
        for (String s : ITEMS.keySet()) {
            assertThat(scoreOf(none, s)).isEqualTo(0);
            assertThat(bandOf(none, s)).isEqualTo("normal");
            assertThat(scoreOf(most, s)).isEqualTo(42);
            assertThat(bandOf(most, s)).isEqualTo("extremely-severe");
        }
    }

    @ParameterizedTest(name = "{0}: raw {1} x 2 = {2} is {3}")
    @CsvSource({
            // depression boundaries 9|10, 13|14, 20|21, 27|28
            "depression,4,8,normal", "depression,5,10,mild", "depression,6,12,mild", "depression,7,14,moderate",
            "depression,10,20,moderate", "depression,11,22,severe", "depression,13,26,severe",
            "depression,14,28,extremely-severe",
            // anxiety boundaries 7|8, 9|10, 14|15, 19|20
            "anxiety,3,6,normal", "anxiety,4,8,mild", "anxiety,5,10,moderate", "anxiety,7,14,moderate",
            "anxiety,8,16,severe", "anxiety,9,18,severe", "anxiety,10,20,extremely-severe",
            // stress boundaries 14|15, 18|19, 25|26, 33|34
            "stress,7,14,normal", "stress,8,16,mild", "stress,9,18,mild", "stress,10,20,moderate",
            "stress,12,24,moderate", "stress,13,26,severe", "stress,16,32,severe", "stress,17,34,extremely-severe"})
    void bandBoundaries(String subscale, int raw, int expected, String band) {
        ScoreResult r = score("dass21", withRaw(subscale, raw));
        assertThat(scoreOf(r, subscale)).isEqualTo(expected);
        assertThat(bandOf(r, subscale)).isEqualTo(band);
    }

    @Test
    void aMissingItemLeavesOnlyItsSubscaleUnscored() {
        // item 21 (depression) missing: depression not scored; anxiety 1+0+0+1+1+0+1 = 4 -> 8, stress 15 -> 30
        Map<String, Integer> responses = answers(2, 1, 1, 0, 2, 3, 0, 2, 1, 1, 2, 3, 2, 1, 1, 1, 0, 2, 0, 1, null);
        ScoreResult r = score("dass21", responses);
        assertThat(scale(r, "depression").scored()).isFalse();
        assertThat(scale(r, "depression").notScoredReason()).contains("needs every item");
        assertThat(scoreOf(r, "anxiety")).isEqualTo(8);
        assertThat(scoreOf(r, "stress")).isEqualTo(30);
    }

    @Test
    void aMissingItemInEverySubscaleIsNotScorable() {
        Map<String, Integer> responses = new HashMap<>(all(21, 0));
        responses.put("1", null);   // stress
        responses.put("2", null);   // anxiety
        responses.put("3", null);   // depression
        assertThat(catchThrowable(() -> Scorer.score(DASS21, responses, null)))
                .isInstanceOf(NotScorableException.class);
    }

    /** No subscale can be scored, but item 21 above 0 still raises its flag: it must reach the clinician. */
    @Test
    void aFlagIsReportedEvenWhenNoSubscaleCanBeScored() throws Exception {
        Map<String, Integer> responses = new HashMap<>(all(21, 1));
        responses.put("1", null);   // stress
        responses.put("2", null);   // anxiety
        responses.put("3", null);   // depression
        ScoreResult r = Scorer.score(DASS21, responses, null);
        assertThat(r.scales()).noneMatch(s -> s.scored());
        assertThat(r.flags()).extracting(f -> f.id()).containsExactly("meaninglessness");
        assertThat(r.notes()).first().isEqualTo("No scale of DASS-21 could be scored (each scale says why); the "
                + "answer is given for the flags that the answered items decide.");
    }

    @Test
    void itemTwentyOneAboveZeroFlags() {
        // only item 21 = 1: depression 1 x 2 = 2 (normal) yet flagged
        Map<String, Integer> responses = new HashMap<>(all(21, 0));
        responses.put("21", 1);
        ScoreResult r = score("dass21", responses);
        assertThat(scoreOf(r, "depression")).isEqualTo(2);
        assertThat(bandOf(r, "depression")).isEqualTo("normal");
        assertThat(r.flags()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("meaninglessness");
            assertThat(f.items()).singleElement().satisfies(iv -> assertThat(iv.item()).isEqualTo("21"));
        });
    }

    @Test
    void valuesOffTheScaleAndUnknownItemsAreRefused() {
        Map<String, Integer> responses = new HashMap<>(all(21, 1));
        responses.put("5", 4);
        responses.put("6", -1);
        responses.put("22", 0);
        Throwable t = catchThrowable(() -> Scorer.score(DASS21, responses, null));
        assertThat(((InvalidResponsesException) t).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactlyInAnyOrder("/responses/5", "/responses/6", "/responses/22");
    }

    /** All items 0 except the subscale's, which are filled in order with up to 3 each to reach the raw sum. */
    private static Map<String, Integer> withRaw(String subscale, int raw) {
        Map<String, Integer> responses = new HashMap<>(all(21, 0));
        int left = raw;
        for (int item : ITEMS.get(subscale)) {
            int v = Math.min(3, left);
            left -= v;
            responses.put(Integer.toString(item), v);
        }
        return responses;
    }
}
