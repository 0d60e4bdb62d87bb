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
import org.measura.scoring.ScaleResult;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;

/** PHQ-2: items 1-2 (0-3 each), 0-6; positive screen 3 or more, sensitive screen 2 or more (Arroll 2010); no bands. */
class Phq2ScoringTest {

    private static final InstrumentDefinition PHQ2 = Scoring.CATALOG.find("phq2").orElseThrow();

    @Test
    void sumsTheTwoItems() {
        // 1+2 = 3: positive on both cut-offs
        ScoreResult r = score("phq2", answers(1, 2));
        assertThat(scoreOf(r, "total")).isEqualTo(3);
        assertThat(reached(r, "positive-screen")).isTrue();
        assertThat(reached(r, "sensitive-screen")).isTrue();
        assertThat(bandOf(r, "total")).isNull();
        assertThat(scale(r, "total").facts().loinc()).isEqualTo("55758-7");
    }

    @Test
    void rangeEnds() {
        // 0+0 = 0; 3+3 = 6
        assertThat(scoreOf(score("phq2", answers(0, 0)), "total")).isEqualTo(0);
        assertThat(scoreOf(score("phq2", answers(3, 3)), "total")).isEqualTo(6);
    }

    @ParameterizedTest(name = "{0}+{1}: positive {2}, sensitive {3}")
    @CsvSource({"1,0,false,false", "1,1,false,true", "2,0,false,true", "2,1,true,true", "0,3,true,true"})
    void cutoffBoundaries(int item1, int item2, boolean positive, boolean sensitive) {
        // totals 1, 2, 2, 3, 3: the 3-or-more line falls between 2 and 3, the 2-or-more line between 1 and 2
        ScoreResult r = score("phq2", answers(item1, item2));
        assertThat(scoreOf(r, "total")).isEqualTo(item1 + item2);
        assertThat(reached(r, "positive-screen")).isEqualTo(positive);
        assertThat(reached(r, "sensitive-screen")).isEqualTo(sensitive);
    }

    @Test
    void onlyTheUsualCutoffIsUsedForRecovery() {
        assertThat(PHQ2.scale("total").orElseThrow().cutoffs()).filteredOn(c -> c.isRecovery())
                .singleElement().satisfies(c -> assertThat(c.id()).isEqualTo("positive-screen"));
    }

    @Test
    void eitherItemMissingMeansNotScored() {
        Throwable t = catchThrowable(() -> Scorer.score(PHQ2, answers(3, null), null));
        assertThat(t).isInstanceOf(NotScorableException.class);
        assertThat(((NotScorableException) t).reasons()).singleElement().asString()
                .contains("1 of 2 items unanswered (2)");
        assertThat(catchThrowable(() -> Scorer.score(PHQ2, Map.of("2", 1), null)))
                .isInstanceOf(NotScorableException.class);
    }

    @Test
    void valuesOffTheScaleAndUnknownItemsAreRefused() {
        Throwable t = catchThrowable(() -> Scorer.score(PHQ2, Map.of("1", 4, "2", -1, "3", 0), null));
        assertThat(t).isInstanceOf(InvalidResponsesException.class);
        assertThat(((InvalidResponsesException) t).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactlyInAnyOrder("/responses/1", "/responses/2", "/responses/3");
    }

    private static boolean reached(ScoreResult r, String cutoffId) {
        return scale(r, "total").reading().cutoffs().stream().filter(c -> c.id().equals(cutoffId))
                .map(ScaleResult.CutoffResult::reached).findFirst().orElseThrow();
    }
}
