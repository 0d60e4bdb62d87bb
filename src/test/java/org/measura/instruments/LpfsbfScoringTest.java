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
import org.measura.scoring.InvalidResponsesException;
import org.measura.scoring.NotScorableException;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;

/**
 * LPFS-BF 2.0 (Weekers 2019; key S2): items 1-12 rated 1-4, no reverse items; self = sum of 1-6 (6-24),
 * interpersonal = sum of 7-12 (6-24), total = sum of 1-12 (12-48); higher is more impaired. No published
 * missing-item rule; no norms.
 */
class LpfsbfScoringTest {

    private static final InstrumentDefinition LPFS = Scoring.CATALOG.find("lpfsbf").orElseThrow();

    @Test
    void sumsSelfInterpersonalAndTotal() {
        // self: 2 + 3 + 1 + 4 + 2 + 2 = 14; interpersonal: 1 + 1 + 2 + 4 + 3 + 1 = 12; total 14 + 12 = 26
        ScoreResult r = score("lpfsbf", answers(2, 3, 1, 4, 2, 2, 1, 1, 2, 4, 3, 1));
        assertThat(scoreOf(r, "self")).isEqualTo(14);
        assertThat(scoreOf(r, "interpersonal")).isEqualTo(12);
        assertThat(scoreOf(r, "total")).isEqualTo(26);
        assertThat(r.scales()).allSatisfy(s -> {
            assertThat(s.facts().direction()).isEqualTo(Direction.HIGHER_IS_WORSE);
            assertThat(s.coverage().prorated()).isFalse();
        });
        assertThat(LPFS.reverseKeyed()).isEmpty();
    }

    @Test
    void theItemsSplitSixAndSix() {
        // items 1-6 only: self 6 x 4 = 24, interpersonal 6 x 1 = 6, total 30
        ScoreResult r = score("lpfsbf", answers(4, 4, 4, 4, 4, 4, 1, 1, 1, 1, 1, 1));
        assertThat(scoreOf(r, "self")).isEqualTo(24);
        assertThat(scoreOf(r, "interpersonal")).isEqualTo(6);
        assertThat(scoreOf(r, "total")).isEqualTo(30);
    }

    @Test
    void rangeEnds() {
        // all 1: 6, 6, 12; all 4: 24, 24, 48
        ScoreResult low = score("lpfsbf", Scoring.all(12, 1));
        assertThat(scoreOf(low, "self")).isEqualTo(6);
        assertThat(scoreOf(low, "interpersonal")).isEqualTo(6);
        assertThat(scoreOf(low, "total")).isEqualTo(12);
        ScoreResult high = score("lpfsbf", Scoring.all(12, 4));
        assertThat(scoreOf(high, "self")).isEqualTo(24);
        assertThat(scoreOf(high, "interpersonal")).isEqualTo(24);
        assertThat(scoreOf(high, "total")).isEqualTo(48);
    }

    @Test
    void aMissingItemLeavesItsSubscaleAndTheTotalUnscored() {
        // item 7 missing: self still 14; interpersonal and total need every item
        ScoreResult r = score("lpfsbf", answers(2, 3, 1, 4, 2, 2, null, 1, 2, 4, 3, 1));
        assertThat(scoreOf(r, "self")).isEqualTo(14);
        assertThat(scale(r, "interpersonal").scored()).isFalse();
        assertThat(scale(r, "interpersonal").notScoredReason()).contains("1 of 6 items unanswered (7)")
                .contains("no published missing-item rule");
        assertThat(scale(r, "total").scored()).isFalse();
        assertThat(scale(r, "total").notScoredReason()).contains("1 of 12 items unanswered (7)");
    }

    @Test
    void missingItemsOnBothHalvesMeanNothingIsScored() {
        Map<String, Integer> responses = answers(null, 3, 1, 4, 2, 2, 1, 1, 2, 4, 3, null);
        Throwable t = catchThrowable(() -> Scorer.score(LPFS, responses, null));
        assertThat(t).isInstanceOf(NotScorableException.class);
        assertThat(((NotScorableException) t).reasons()).hasSize(3);
    }

    @Test
    void valuesOffTheScaleAndUnknownItemsAreRefused() {
        Throwable t = catchThrowable(() -> Scorer.score(LPFS, Map.of("1", 0, "12", 5, "13", 2), null));
        assertThat(t).isInstanceOf(InvalidResponsesException.class);
        assertThat(((InvalidResponsesException) t).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactlyInAnyOrder("/responses/1", "/responses/12", "/responses/13");
    }

    @Test
    void noNormsOrCutoffsAreShipped() {
        assertThat(LPFS.scales()).allSatisfy(s -> {
            assertThat(s.norms()).isEmpty();
            assertThat(s.cutoffs()).isEmpty();
            assertThat(s.bands()).isEmpty();
        });
    }
}
