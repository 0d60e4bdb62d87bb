package org.measura.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.measura.instruments.Scoring.answers;
import static org.measura.instruments.Scoring.bandOf;
import static org.measura.instruments.Scoring.scale;
import static org.measura.instruments.Scoring.score;
import static org.measura.instruments.Scoring.scoreOf;

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
 * PHQ-15: sum of items 1-15 rated 0-2 (Kroenke 2002), 0-30; bands 0-4/5-9/10-14/15-30 (Kroenke 2002); item 4
 * (women only) counts 0 when left unanswered (CamCOPS); three or more items rated 2 raise a flag; no published
 * missing-item rule for the other items.
 */
class Phq15ScoringTest {

    private static final InstrumentDefinition PHQ15 = Scoring.CATALOG.find("phq15").orElseThrow();

    @Test
    void sumsTheFifteenItems() {
        // 1+0+2+1+1+0+0+0+1+0+0+1+1+2+1 = 11
        ScoreResult r = score("phq15", answers(1, 0, 2, 1, 1, 0, 0, 0, 1, 0, 0, 1, 1, 2, 1));
        assertThat(scoreOf(r, "total")).isEqualTo(11);
        assertThat(bandOf(r, "total")).isEqualTo("medium");
        assertThat(scale(r, "total").facts().loinc()).isEqualTo("70273-8");
        assertThat(r.flags()).isEmpty(); // only two items (3 and 14) rated 2
        assertThat(r.notes()).isNull();
    }

    @Test
    void rangeEnds() {
        // 15 x 0 = 0; 15 x 2 = 30
        assertThat(scoreOf(score("phq15", Scoring.all(15, 0)), "total")).isEqualTo(0);
        assertThat(scoreOf(score("phq15", Scoring.all(15, 2)), "total")).isEqualTo(30);
    }

    @ParameterizedTest(name = "total {0} is {1}")
    @CsvSource({"0,minimal", "4,minimal", "5,low", "9,low", "10,medium", "14,medium", "15,high", "30,high"})
    void bandBoundaries(int total, String band) {
        ScoreResult r = score("phq15", itemsSummingTo(total));
        assertThat(scoreOf(r, "total")).isEqualTo(total);
        assertThat(bandOf(r, "total")).isEqualTo(band);
    }

    @Test
    void unansweredItemFourCountsAsZeroAndIsNoted() {
        // items 1-3 and 5-15 all 2 = 14 x 2 = 28 (the men's maximum); item 4 blank counts 0: total 28, not prorated
        Integer[] values = new Integer[15];
        java.util.Arrays.fill(values, 2);
        values[3] = null;
        ScoreResult r = score("phq15", answers(values));
        assertThat(scoreOf(r, "total")).isEqualTo(28);
        assertThat(scale(r, "total").coverage().prorated()).isFalse();
        assertThat(scale(r, "total").coverage().missingItems()).isEmpty();
        assertThat(r.notes()).singleElement().asString().contains("Item 4").contains("counts as 0");
    }

    @Test
    void answeredItemFourCounts() {
        // only item 4 rated 2: total 2
        ScoreResult r = score("phq15", answers(0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(scoreOf(r, "total")).isEqualTo(2);
    }

    @Test
    void anyOtherMissingItemMeansNotScored() {
        // item 4 blank is allowed; item 15 blank is missing and no rule allows prorating
        Map<String, Integer> responses = answers(1, 1, 1, null, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, null);
        Throwable t = catchThrowable(() -> Scorer.score(PHQ15, responses, null));
        assertThat(t).isInstanceOf(NotScorableException.class);
        assertThat(((NotScorableException) t).reasons()).singleElement().asString()
                .contains("1 of 15 items unanswered (15)");
    }

    @Test
    void threeItemsRatedTwoRaiseTheFlagTwoDoNot() {
        // items 2, 9, 14 rated 2: three at the top of the scale
        ScoreResult three = score("phq15", answers(0, 2, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 2, 0));
        assertThat(scoreOf(three, "total")).isEqualTo(6);
        assertThat(three.flags()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("somatoform-likely");
            assertThat(f.items()).extracting(iv -> iv.item()).containsExactlyInAnyOrder("2", "9", "14");
        });
        // two items rated 2 and every other item rated 1: 2+2+13 = 17, high band, yet no flag
        ScoreResult two = score("phq15", answers(2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        assertThat(scoreOf(two, "total")).isEqualTo(17);
        assertThat(two.flags()).isEmpty();
    }

    @Test
    void theZeroToThreeRatingIsRefused() {
        // 3 is outside Kroenke 2002's 0-2 rating; item 16 does not exist
        Throwable t = catchThrowable(() -> Scorer.score(PHQ15, Map.of("1", 3, "16", 0), null));
        assertThat(t).isInstanceOf(InvalidResponsesException.class);
        assertThat(((InvalidResponsesException) t).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactlyInAnyOrder("/responses/1", "/responses/16");
    }

    /** Fifteen items filled from the front with 2s, then the remainder, to reach the total. */
    private static Map<String, Integer> itemsSummingTo(int total) {
        Integer[] values = new Integer[15];
        int left = total;
        for (int i = 0; i < 15; i++) {
            values[i] = Math.min(2, left);
            left -= values[i];
        }
        return answers(values);
    }
}
