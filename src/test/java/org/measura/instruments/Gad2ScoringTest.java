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

/** GAD-2: items 1-2 (0-3 each), 0-6; positive screen 3 or more (Staples 2019); no bands. */
class Gad2ScoringTest {

    private static final InstrumentDefinition GAD2 = Scoring.CATALOG.find("gad2").orElseThrow();

    @Test
    void sumsTheTwoItems() {
        // 3+1 = 4: positive screen
        ScoreResult r = score("gad2", answers(3, 1));
        assertThat(scoreOf(r, "total")).isEqualTo(4);
        assertThat(scale(r, "total").reading().cutoffs()).singleElement().satisfies(c -> assertThat(c.reached()).isTrue());
        assertThat(bandOf(r, "total")).isNull();
    }

    @Test
    void rangeEnds() {
        // 0+0 = 0; 3+3 = 6
        assertThat(scoreOf(score("gad2", answers(0, 0)), "total")).isEqualTo(0);
        assertThat(scoreOf(score("gad2", answers(3, 3)), "total")).isEqualTo(6);
    }

    @ParameterizedTest(name = "{0}+{1}: positive {2}")
    @CsvSource({"1,1,false", "0,2,false", "2,1,true", "3,0,true"})
    void cutoffBoundary(int item1, int item2, boolean positive) {
        // totals 2, 2, 3, 3: the 3-or-more line falls between 2 and 3
        ScoreResult r = score("gad2", answers(item1, item2));
        assertThat(scoreOf(r, "total")).isEqualTo(item1 + item2);
        assertThat(scale(r, "total").reading().cutoffs().get(0).reached()).isEqualTo(positive);
    }

    @Test
    void eitherItemMissingMeansNotScored() {
        Throwable t = catchThrowable(() -> Scorer.score(GAD2, answers(null, 2), null));
        assertThat(t).isInstanceOf(NotScorableException.class);
        assertThat(((NotScorableException) t).reasons()).singleElement().asString()
                .contains("1 of 2 items unanswered (1)");
    }

    @Test
    void valuesOffTheScaleAndUnknownItemsAreRefused() {
        Throwable t = catchThrowable(() -> Scorer.score(GAD2, Map.of("1", 0, "2", 4, "7", 1), null));
        assertThat(t).isInstanceOf(InvalidResponsesException.class);
        assertThat(((InvalidResponsesException) t).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactlyInAnyOrder("/responses/2", "/responses/7");
    }
}
