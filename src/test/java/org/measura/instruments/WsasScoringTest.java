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
 * WSAS: sum of items 1-5 rated 0-8, 0-40, higher is worse; bands below 10 / 10-20 / above 20 (scoring sheet quoting
 * Mundt 2002); significant impairment at 10 or more; no published missing-item rule.
 */
class WsasScoringTest {

    private static final InstrumentDefinition WSAS = Scoring.CATALOG.find("wsas").orElseThrow();

    @Test
    void sumsTheFiveItems() {
        // 4+6+2+5+3 = 20: top of the significant-impairment band
        ScoreResult r = score("wsas", answers(4, 6, 2, 5, 3));
        assertThat(scoreOf(r, "total")).isEqualTo(20);
        assertThat(bandOf(r, "total")).isEqualTo("significant");
        assertThat(scale(r, "total").reading().cutoffs()).singleElement().satisfies(c -> assertThat(c.reached()).isTrue());
    }

    @Test
    void rangeEnds() {
        // 5 x 0 = 0; 5 x 8 = 40
        assertThat(scoreOf(score("wsas", Scoring.all(5, 0)), "total")).isEqualTo(0);
        assertThat(scoreOf(score("wsas", Scoring.all(5, 8)), "total")).isEqualTo(40);
    }

    @ParameterizedTest(name = "total {0} is {1}")
    @CsvSource({"0,subclinical", "9,subclinical", "10,significant", "20,significant", "21,moderately-severe",
            "40,moderately-severe"})
    void bandBoundaries(int total, String band) {
        ScoreResult r = score("wsas", itemsSummingTo(total));
        assertThat(scoreOf(r, "total")).isEqualTo(total);
        assertThat(bandOf(r, "total")).isEqualTo(band);
    }

    @Test
    void significantImpairmentFromTenNotNine() {
        assertThat(scale(score("wsas", itemsSummingTo(9)), "total").reading().cutoffs().get(0).reached()).isFalse();
        assertThat(scale(score("wsas", itemsSummingTo(10)), "total").reading().cutoffs().get(0).reached()).isTrue();
    }

    @Test
    void anyMissingItemMeansNotScored() {
        Map<String, Integer> responses = answers(null, 6, 2, 5, 3);
        Throwable t = catchThrowable(() -> Scorer.score(WSAS, responses, null));
        assertThat(t).isInstanceOf(NotScorableException.class);
        assertThat(((NotScorableException) t).reasons()).singleElement().asString()
                .contains("1 of 5 items unanswered (1)");
    }

    @Test
    void valuesOffTheScaleAndUnknownItemsAreRefused() {
        Throwable t = catchThrowable(() -> Scorer.score(WSAS, Map.of("1", 9, "2", -1, "6", 0), null));
        assertThat(t).isInstanceOf(InvalidResponsesException.class);
        assertThat(((InvalidResponsesException) t).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactlyInAnyOrder("/responses/1", "/responses/2", "/responses/6");
    }

    /** Five items filled from the front with 8s, then the remainder, to reach the total. */
    private static Map<String, Integer> itemsSummingTo(int total) {
        Integer[] values = new Integer[5];
        int left = total;
        for (int i = 0; i < 5; i++) {
            values[i] = Math.min(8, left);
            left -= values[i];
        }
        return answers(values);
    }
}
