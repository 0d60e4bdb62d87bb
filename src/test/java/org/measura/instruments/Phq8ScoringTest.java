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
 * PHQ-8: the PHQ-9 without item 9; sum of items 1-8 (0-3 each), 0-24; the PHQ-9 cut-points 5/10/15/20 (secondary);
 * caseness 10 or more; no published missing-item rule; no self-harm item, so no flag.
 */
class Phq8ScoringTest {

    private static final InstrumentDefinition PHQ8 = Scoring.CATALOG.find("phq8").orElseThrow();

    @Test
    void sumsTheEightItems() {
        // 2+1+3+2+0+1+2+1 = 12
        ScoreResult r = score("phq8", answers(2, 1, 3, 2, 0, 1, 2, 1));
        assertThat(scoreOf(r, "total")).isEqualTo(12);
        assertThat(bandOf(r, "total")).isEqualTo("moderate");
        assertThat(scale(r, "total").reading().cutoffs()).singleElement().satisfies(c -> assertThat(c.reached()).isTrue());
        assertThat(scale(r, "total").facts().range().max()).isEqualTo(24);
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void allThreeIsTheMaximum() {
        // 8 x 3 = 24
        assertThat(scoreOf(score("phq8", Scoring.all(8, 3)), "total")).isEqualTo(24);
    }

    @ParameterizedTest(name = "total {0} is {1}")
    @CsvSource({"0,minimal", "4,minimal", "5,mild", "9,mild", "10,moderate", "14,moderate", "15,moderately-severe",
            "19,moderately-severe", "20,severe", "24,severe"})
    void bandBoundaries(int total, String band) {
        ScoreResult r = score("phq8", itemsSummingTo(total));
        assertThat(scoreOf(r, "total")).isEqualTo(total);
        assertThat(bandOf(r, "total")).isEqualTo(band);
    }

    @Test
    void casenessFromTenNotNine() {
        assertThat(scale(score("phq8", itemsSummingTo(9)), "total").reading().cutoffs().get(0).reached()).isFalse();
        assertThat(scale(score("phq8", itemsSummingTo(10)), "total").reading().cutoffs().get(0).reached()).isTrue();
    }

    @Test
    void anyMissingItemMeansNotScored() {
        // the PHQ-9's two-missing-items rule is not carried over: one missing item of eight is too many
        Map<String, Integer> responses = answers(2, 1, 3, 2, 0, 1, 2, null);
        Throwable t = catchThrowable(() -> Scorer.score(PHQ8, responses, null));
        assertThat(t).isInstanceOf(NotScorableException.class);
        assertThat(((NotScorableException) t).reasons()).singleElement().asString()
                .contains("1 of 8 items unanswered (8)");
    }

    @Test
    void itemNineDoesNotExistAndValuesOffTheScaleAreRefused() {
        Throwable t = catchThrowable(() -> Scorer.score(PHQ8, Map.of("1", 4, "9", 1), null));
        assertThat(t).isInstanceOf(InvalidResponsesException.class);
        assertThat(((InvalidResponsesException) t).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactlyInAnyOrder("/responses/1", "/responses/9");
    }

    /** Eight items filled from the front with 3s, then the remainder, to reach the total. */
    private static Map<String, Integer> itemsSummingTo(int total) {
        Integer[] values = new Integer[8];
        int left = total;
        for (int i = 0; i < 8; i++) {
            values[i] = Math.min(3, left);
            left -= values[i];
        }
        return answers(values);
    }
}
