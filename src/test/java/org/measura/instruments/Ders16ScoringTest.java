package org.measura.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.measura.instruments.Scoring.answers;
import static org.measura.instruments.Scoring.scale;
import static org.measura.instruments.Scoring.score;
import static org.measura.instruments.Scoring.scoreOf;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.measura.api.ScoringPointers;
import org.measura.catalog.Direction;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Source;
import org.measura.scoring.InvalidResponsesException;
import org.measura.scoring.NotScorableException;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;

/**
 * DERS-16 (Bjureberg 2016): items 1-16 rated 1-5, no reverse items, total = sum (16-80), higher is worse. The key
 * is from a single secondary source and must stay marked as such. No published missing-item rule.
 */
class Ders16ScoringTest {

    private static final InstrumentDefinition DERS16 = Scoring.CATALOG.find("ders16").orElseThrow();

    @Test
    void sumsTheSixteenItems() {
        // 2 + 3 + 1 + 4 + 5 = 15; 2 + 3 + 1 + 2 + 4 = 12; 3 + 5 + 1 + 2 + 3 + 4 = 18; 15 + 12 + 18 = 45
        ScoreResult r = score("ders16", answers(2, 3, 1, 4, 5, 2, 3, 1, 2, 4, 3, 5, 1, 2, 3, 4));
        assertThat(scoreOf(r, "total")).isEqualTo(45);
        assertThat(scale(r, "total").facts().direction()).isEqualTo(Direction.HIGHER_IS_WORSE);
        assertThat(scale(r, "total").coverage().prorated()).isFalse();
        assertThat(r.scales()).hasSize(1);
        assertThat(DERS16.reverseKeyed()).isEmpty();
    }

    @Test
    void rangeEnds() {
        // 16 x 1 = 16; 16 x 5 = 80
        assertThat(scoreOf(score("ders16", Scoring.all(16, 1)), "total")).isEqualTo(16);
        assertThat(scoreOf(score("ders16", Scoring.all(16, 5)), "total")).isEqualTo(80);
    }

    @Test
    void theKeyStaysVisiblySingleSource() {
        Source key = DERS16.sources().stream().filter(s -> s.id().equals("ders16-key")).findFirst().orElseThrow();
        assertThat(key.verification().wire()).isEqualTo("single-secondary");
        assertThat(DERS16.responses().source()).isEqualTo("ders16-key");
        assertThat(DERS16.reverseKeyedSource()).isEqualTo("ders16-key");
        assertThat(DERS16.description()).contains("SINGLE-SOURCE KEY");
        assertThat(DERS16.scale("total").orElseThrow().note()).contains("single secondary source");
    }

    @Test
    void anyMissingItemMeansNotScored() {
        Map<String, Integer> responses = answers(2, 3, 1, 4, 5, 2, 3, 1, 2, 4, 3, 5, 1, 2, 3, null);
        Throwable t = catchThrowable(() -> Scorer.score(DERS16, responses, null));
        assertThat(t).isInstanceOf(NotScorableException.class);
        assertThat(((NotScorableException) t).reasons()).singleElement().asString()
                .contains("1 of 16 items unanswered (16)").contains("no published missing-item rule");
    }

    @Test
    void valuesOffTheScaleAndUnknownItemsAreRefused() {
        Throwable t = catchThrowable(() -> Scorer.score(DERS16, Map.of("1", 0, "16", 6, "17", 3), null));
        assertThat(t).isInstanceOf(InvalidResponsesException.class);
        assertThat(((InvalidResponsesException) t).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactlyInAnyOrder("/responses/1", "/responses/16", "/responses/17");
    }

    @Test
    void noNormsOrCutoffsAreShipped() {
        assertThat(DERS16.scales()).allSatisfy(s -> {
            assertThat(s.norms()).isEmpty();
            assertThat(s.cutoffs()).isEmpty();
            assertThat(s.bands()).isEmpty();
        });
    }
}
