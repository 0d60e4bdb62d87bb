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
import org.measura.catalog.ReliableChange;
import org.measura.scoring.InvalidResponsesException;
import org.measura.scoring.NotScorableException;
import org.measura.scoring.ScaleResult;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;

/**
 * GAD-7: sum of items 1-7 (0-3 each), 0-21; bands 0-4/5-9/10-14/15-21 (Spitzer 2006 cut-points 5, 10, 15, secondary);
 * probable GAD at 10 or more (Spitzer 2006); NHS Talking Therapies caseness 8 or more (the recovery cut-off);
 * reliable change 4 or more (NHS TT, default) with Bischoff 2020's 6 as alternative; no published missing-item rule.
 */
class Gad7ScoringTest {

    private static final InstrumentDefinition GAD7 = Scoring.CATALOG.find("gad7").orElseThrow();

    @Test
    void sumsTheSevenItems() {
        // 1+2+0+3+1+2+1 = 10
        ScoreResult r = score("gad7", answers(1, 2, 0, 3, 1, 2, 1));
        assertThat(scoreOf(r, "total")).isEqualTo(10);
        assertThat(bandOf(r, "total")).isEqualTo("moderate");
        assertThat(reached(r, "probable-gad")).isTrue();
        assertThat(reached(r, "nhs-tt-caseness")).isTrue();
        assertThat(scale(r, "total").coverage().prorated()).isFalse();
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void allZeroAndAllThreeAreTheEndsOfTheRange() {
        // 7 x 0 = 0; 7 x 3 = 21
        assertThat(scoreOf(score("gad7", Scoring.all(7, 0)), "total")).isEqualTo(0);
        assertThat(scoreOf(score("gad7", Scoring.all(7, 3)), "total")).isEqualTo(21);
    }

    @ParameterizedTest(name = "total {0} is {1}")
    @CsvSource({"0,minimal", "4,minimal", "5,mild", "9,mild", "10,moderate", "14,moderate", "15,severe", "21,severe"})
    void bandBoundaries(int total, String band) {
        ScoreResult r = score("gad7", itemsSummingTo(total));
        assertThat(scoreOf(r, "total")).isEqualTo(total);
        assertThat(bandOf(r, "total")).isEqualTo(band);
    }

    @Test
    void probableGadFromTenNotNine() {
        // Spitzer 2006: 10 or more
        assertThat(reached(score("gad7", itemsSummingTo(9)), "probable-gad")).isFalse();
        assertThat(reached(score("gad7", itemsSummingTo(10)), "probable-gad")).isTrue();
    }

    @Test
    void nhsCasenessFromEightNotSeven() {
        // NHS TT: above 7, i.e. 8 or more; recovered below 8
        assertThat(reached(score("gad7", itemsSummingTo(7)), "nhs-tt-caseness")).isFalse();
        assertThat(reached(score("gad7", itemsSummingTo(8)), "nhs-tt-caseness")).isTrue();
    }

    @Test
    void theNhsCasenessIsTheRecoveryCutoff() {
        var cutoffs = GAD7.scale("total").orElseThrow().cutoffs();
        assertThat(cutoffs).filteredOn(c -> c.isRecovery()).singleElement()
                .satisfies(c -> assertThat(c.id()).isEqualTo("nhs-tt-caseness"));
    }

    @Test
    void reliableChangeCarriesBothPublishedThresholds() {
        var rc = GAD7.scale("total").orElseThrow().reliableChange();
        assertThat(rc).extracting(ReliableChange::id, ReliableChange::threshold, ReliableChange::inclusive,
                        ReliableChange::isDefault)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("nhs-talking-therapies", 4.0, true, true),
                        org.assertj.core.groups.Tuple.tuple("bischoff2020", 6.0, false, false));
    }

    @Test
    void anyMissingItemMeansNotScored() {
        // no published missing-item rule: one missing item of seven is already too many
        Map<String, Integer> responses = answers(1, 2, 0, 3, 1, 2, null);
        Throwable t = catchThrowable(() -> Scorer.score(GAD7, responses, null));
        assertThat(t).isInstanceOf(NotScorableException.class);
        assertThat(((NotScorableException) t).reasons()).singleElement().asString()
                .contains("1 of 7 items unanswered (7)").contains("no published missing-item rule");
    }

    @Test
    void valuesOffTheScaleAndUnknownItemsAreRefused() {
        Throwable t = catchThrowable(() -> Scorer.score(GAD7, Map.of("1", 4, "2", -1, "8", 0), null));
        assertThat(t).isInstanceOf(InvalidResponsesException.class);
        assertThat(((InvalidResponsesException) t).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactlyInAnyOrder("/responses/1", "/responses/2", "/responses/8");
    }

    private static boolean reached(ScoreResult r, String cutoffId) {
        return scale(r, "total").reading().cutoffs().stream().filter(c -> c.id().equals(cutoffId))
                .map(ScaleResult.CutoffResult::reached).findFirst().orElseThrow();
    }

    /** Seven items filled from the front with 3s, then the remainder, to reach the total. */
    static Map<String, Integer> itemsSummingTo(int total) {
        Integer[] values = new Integer[7];
        int left = total;
        for (int i = 0; i < 7; i++) {
            values[i] = Math.min(3, left);
            left -= values[i];
        }
        return answers(values);
    }
}
