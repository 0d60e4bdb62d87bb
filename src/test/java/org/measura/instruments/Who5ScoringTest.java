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
import org.measura.catalog.Direction;
import org.measura.catalog.InstrumentDefinition;
import org.measura.scoring.InvalidResponsesException;
import org.measura.scoring.NotScorableException;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;

/**
 * WHO-5: items 1-5 rated 0-5, no reverse items, higher is better. Raw = sum (0-25), percentage = raw x 4 (0-100).
 * Poor well-being: raw below 13 / percentage at or below 50 (Topp 2015). Percentage bands 0-35/36-50/51-100
 * (etf.dk). No published missing-item rule.
 */
class Who5ScoringTest {

    private static final InstrumentDefinition WHO5 = Scoring.CATALOG.find("who5").orElseThrow();

    @Test
    void rawIsTheSumAndPercentageIsFourTimesIt() {
        // raw 3+4+2+3+3 = 15; percentage 15 x 4 = 60
        ScoreResult r = score("who5", answers(3, 4, 2, 3, 3));
        assertThat(scoreOf(r, "raw")).isEqualTo(15);
        assertThat(scoreOf(r, "percentage")).isEqualTo(60);
        assertThat(bandOf(r, "raw")).isNull();
        assertThat(bandOf(r, "percentage")).isEqualTo("no-immediate-risk");
        assertThat(scale(r, "raw").reading().cutoffs().get(0).reached()).isFalse();
        assertThat(scale(r, "percentage").reading().cutoffs().get(0).reached()).isFalse();
        assertThat(scale(r, "raw").facts().direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(scale(r, "percentage").facts().direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(WHO5.reverseKeyed()).isEmpty();
    }

    /** Further assessment when any item is rated 0 or 1 (who5-scoring, secondary), whatever the total. */
    @Test
    void anItemRatedZeroOrOneRaisesTheLowItemFlag() {
        assertThat(score("who5", answers(2, 2, 2, 2, 2)).flags()).isEmpty();
        ScoreResult r = score("who5", answers(5, 1, 5, 0, 5));
        // raw 16: not below 13, yet two items are at 0-1
        assertThat(scoreOf(r, "raw")).isEqualTo(16);
        assertThat(r.flags()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("low-item");
            assertThat(f.items()).extracting(i -> i.item() + "=" + i.value()).containsExactly("2=1", "4=0");
        });
    }

    @Test
    void rangeEnds() {
        // all 0: raw 0, percentage 0; all 5: raw 25, percentage 100
        ScoreResult low = score("who5", Scoring.all(5, 0));
        assertThat(scoreOf(low, "raw")).isEqualTo(0);
        assertThat(scoreOf(low, "percentage")).isEqualTo(0);
        assertThat(bandOf(low, "percentage")).isEqualTo("high-risk");
        ScoreResult high = score("who5", Scoring.all(5, 5));
        assertThat(scoreOf(high, "raw")).isEqualTo(25);
        assertThat(scoreOf(high, "percentage")).isEqualTo(100);
        assertThat(bandOf(high, "percentage")).isEqualTo("no-immediate-risk");
    }

    @ParameterizedTest(name = "raw {0} = {1}%: {2}, poor well-being {3}")
    @CsvSource({
            // percentage scores move in steps of 4, so the 35|36 band edge falls between raw 8 (32) and raw 9 (36),
            // and the 50|51 edge and the poor-well-being cut-off both fall between raw 12 (48) and raw 13 (52)
            "8,32,high-risk,true", "9,36,risk,true", "12,48,risk,true", "13,52,no-immediate-risk,false"})
    void bandAndCutoffBoundaries(int raw, int percentage, String band, boolean poor) {
        ScoreResult r = score("who5", itemsSummingTo(raw));
        assertThat(scoreOf(r, "raw")).isEqualTo(raw);
        assertThat(scoreOf(r, "percentage")).isEqualTo(percentage);
        assertThat(bandOf(r, "percentage")).isEqualTo(band);
        // raw below 13 and percentage at or below 50 agree on every score
        assertThat(scale(r, "raw").reading().cutoffs().get(0).reached()).isEqualTo(poor);
        assertThat(scale(r, "percentage").reading().cutoffs().get(0).reached()).isEqualTo(poor);
    }

    @Test
    void eachScaleHasOneRecoveryCutoff() {
        for (String id : new String[] {"raw", "percentage"}) {
            assertThat(WHO5.scale(id).orElseThrow().cutoffs()).filteredOn(c -> c.isRecovery()).hasSize(1);
        }
    }

    @Test
    void anyMissingItemMeansNeitherScaleIsScored() {
        Map<String, Integer> responses = answers(3, 4, null, 3, 3);
        Throwable t = catchThrowable(() -> Scorer.score(WHO5, responses, null));
        assertThat(t).isInstanceOf(NotScorableException.class);
        assertThat(((NotScorableException) t).reasons()).hasSize(2)
                .allSatisfy(reason -> assertThat(reason).contains("1 of 5 items unanswered (3)"));
    }

    @Test
    void valuesOffTheScaleAndUnknownItemsAreRefused() {
        Throwable t = catchThrowable(() -> Scorer.score(WHO5, Map.of("1", 6, "2", -1, "6", 2), null));
        assertThat(t).isInstanceOf(InvalidResponsesException.class);
        assertThat(((InvalidResponsesException) t).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactlyInAnyOrder("/responses/1", "/responses/2", "/responses/6");
    }

    /** Five items filled from the front with 5s, then the remainder, to reach the raw total. */
    private static Map<String, Integer> itemsSummingTo(int total) {
        Integer[] values = new Integer[5];
        int left = total;
        for (int i = 0; i < 5; i++) {
            values[i] = Math.min(5, left);
            left -= values[i];
        }
        return answers(values);
    }
}
