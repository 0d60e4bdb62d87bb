package org.measura.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.measura.catalog.InstrumentCatalog;
import org.measura.scoring.InvalidResponsesException;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;

/** PHQ-9: Kroenke 2001 bands 0-4/5-9/10-14/15-19/20-27, caseness >= 10; NHS Data Dictionary prorating (<= 2 missing). */
class Phq9ScoringTest {

    @Test
    void sumsTheNineItems() {
        // 2+2+1+2+1+1+2+0+1 = 12
        ScoreResult r = score("phq9", answers(2, 2, 1, 2, 1, 1, 2, 0, 1));
        assertThat(scoreOf(r, "total")).isEqualTo(12);
        assertThat(bandOf(r, "total")).isEqualTo("moderate");
        assertThat(scale(r, "total").reading().cutoffs().get(0).reached()).isTrue();
    }

    @ParameterizedTest(name = "total {0} is {1}")
    @CsvSource({"0,minimal", "4,minimal", "5,mild", "9,mild", "10,moderate", "14,moderate", "15,moderately-severe",
            "19,moderately-severe", "20,severe", "27,severe"})
    void bandBoundaries(int total, String band) {
        ScoreResult r = score("phq9", itemsSummingTo(total));
        assertThat(scoreOf(r, "total")).isEqualTo(total);
        assertThat(bandOf(r, "total")).isEqualTo(band);
    }

    @Test
    void cutoffIsReachedAtTenNotNine() {
        assertThat(scale(score("phq9", itemsSummingTo(9)), "total").reading().cutoffs().get(0).reached()).isFalse();
        assertThat(scale(score("phq9", itemsSummingTo(10)), "total").reading().cutoffs().get(0).reached()).isTrue();
    }

    @Test
    void oneMissingItemIsReplacedByTheMeanOfTheOthers() {
        // 8 answered, sum 12, mean 1.5: total = 12 + 1.5 = 13.5
        ScoreResult r = score("phq9", answers(2, 3, 1, 2, 1, 1, 2, 0, null));
        assertThat(scoreOf(r, "total")).isEqualTo(13.5);
        assertThat(scale(r, "total").coverage().prorated()).isTrue();
        assertThat(scale(r, "total").coverage().missingItems()).containsExactly("9");
        assertThat(bandOf(r, "total")).isEqualTo("moderate");
    }

    @Test
    void twoMissingItemsAreTheLimit() {
        // 7 answered, sum 12: 12 * 9 / 7 = 15.428... reported 15.43
        ScoreResult r = score("phq9", answers(2, 3, 1, 2, 1, 1, 2, null, null));
        assertThat(scoreOf(r, "total")).isEqualTo(15.43);
        assertThat(bandOf(r, "total")).isEqualTo("moderately-severe");
    }

    @Test
    void threeMissingItemsAreNotScored() throws Exception {
        Map<String, Integer> responses = answers(2, 3, 1, 2, 1, 1, null, null, null);
        assertThatThrownBy(() -> Scorer.score(InstrumentCatalog.loadBuiltIn().find("phq9").orElseThrow(), responses,
                null)).hasMessageContaining("no scale");
    }

    @Test
    void itemNineAboveZeroFlagsWhateverTheTotal() {
        ScoreResult r = score("phq9", answers(0, 0, 0, 0, 0, 0, 0, 0, 1));
        assertThat(r.flags()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("self-harm-thoughts");
            assertThat(f.items()).singleElement().satisfies(iv -> assertThat(iv.item()).isEqualTo("9"));
        });
        assertThat(score("phq9", answers(3, 3, 3, 3, 3, 3, 3, 3, 0)).flags()).isEmpty();
    }

    @Test
    void valuesOffTheScaleAndUnknownItemsAreRefused() {
        InvalidResponsesException e = (InvalidResponsesException) org.assertj.core.api.Assertions.catchThrowable(
                () -> Scorer.score(Scoring.CATALOG.find("phq9").orElseThrow(), Map.of("1", 4, "11", 1), null));
        assertThat(e.faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactlyInAnyOrder("/responses/1", "/responses/11");
    }

    /** Item 10 (difficulty in daily life) is on the form but not in the 0-27 total (LOINC LL359-1 gives no scores). */
    @Test
    void theClosingDifficultyItemIsAcceptedAndSaidNotToBeUsed() {
        Map<String, Integer> responses = new java.util.HashMap<>(answers(2, 2, 1, 2, 1, 1, 2, 0, 1));
        responses.put("10", 2);
        var result = score("phq9", responses);
        assertThat(result.scales().get(0).score()).isEqualByComparingTo("12");
        assertThat(result.notes()).containsExactly("Item 10 (difficulty the problems cause in daily life) is on the "
                + "form but not part of any score of PHQ-9; its answer was not used.");
        var unanswered = new java.util.HashMap<>(answers(2, 2, 1, 2, 1, 1, 2, 0, 1));
        unanswered.put("10", null);
        assertThat(score("phq9", unanswered).notes()).isNull();
    }

    /** Nine items filled from the front with 3s, then the remainder, to reach the total. */
    static Map<String, Integer> itemsSummingTo(int total) {
        Integer[] values = new Integer[9];
        int left = total;
        for (int i = 0; i < 9; i++) {
            values[i] = Math.min(3, left);
            left -= values[i];
        }
        return answers(values);
    }
}
