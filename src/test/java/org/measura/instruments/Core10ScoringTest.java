package org.measura.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.measura.instruments.Scoring.all;
import static org.measura.instruments.Scoring.answers;
import static org.measura.instruments.Scoring.bandOf;
import static org.measura.instruments.Scoring.scale;
import static org.measura.instruments.Scoring.score;
import static org.measura.instruments.Scoring.scoreOf;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.measura.api.ScoringPointers;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.ReliableChange;
import org.measura.catalog.Scale;
import org.measura.scoring.InvalidResponsesException;
import org.measura.scoring.NotScorableException;
import org.measura.scoring.ScaleResult;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;

/**
 * CORE-10: items 0-4, items 2 and 3 reversed (4 - v); clinical score = item mean x 10 (CST); at most one item
 * missing (CST); SOCAS bands 0-10/11-14/15-19/20-24/25-40; cut-off 11 and RCI 6 (Barkham 2013); item 6 risk flag.
 */
class Core10ScoringTest {

    private static final InstrumentDefinition CORE10 = Scoring.CATALOG.find("core10").orElseThrow();

    @Test
    void fullResponseSet() {
        // answers 2,1,3,2,1,0,3,2,2,1; item 2 -> 4-1 = 3, item 3 -> 4-3 = 1
        // counted: 2+3+1+2+1+0+3+2+2+1 = 17; mean 1.7 x 10 = 17
        ScoreResult r = score("core10", answers(2, 1, 3, 2, 1, 0, 3, 2, 2, 1));
        assertThat(scoreOf(r, "clinical")).isEqualTo(17);
        assertThat(bandOf(r, "clinical")).isEqualTo("moderate");
        assertThat(reached(r, "clinical")).isTrue();
        assertThat(reached(r, "depression")).isTrue();
        assertThat(scale(r, "clinical").coverage().prorated()).isFalse();
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void itemsTwoAndThreeAreReverseKeyed() {
        // all 0: items 2 and 3 count 4-0 = 4 each, the rest 0: 8 / 10 x 10 = 8
        assertThat(scoreOf(score("core10", all(10, 0)), "clinical")).isEqualTo(8);
        // all 4: items 2 and 3 count 0, the other eight 4: 32 / 10 x 10 = 32
        assertThat(scoreOf(score("core10", all(10, 4)), "clinical")).isEqualTo(32);
        // lowest possible: 0 everywhere except 4 on items 2 and 3 -> 0; highest: the reverse -> 40
        assertThat(scoreOf(score("core10", answers(0, 4, 4, 0, 0, 0, 0, 0, 0, 0)), "clinical")).isEqualTo(0);
        assertThat(scoreOf(score("core10", answers(4, 0, 0, 4, 4, 4, 4, 4, 4, 4)), "clinical")).isEqualTo(40);
    }

    @ParameterizedTest(name = "clinical score {0} is {1}")
    @CsvSource({"0,healthy-low", "10,healthy-low", "11,mild", "14,mild", "15,moderate", "19,moderate",
            "20,moderate-severe", "24,moderate-severe", "25,severe", "40,severe"})
    void bandBoundaries(int total, String band) {
        // complete forms: mean x 10 = sum of the counted (reverse-keyed) values
        ScoreResult r = score("core10", giving(total));
        assertThat(scoreOf(r, "clinical")).isEqualTo(total);
        assertThat(bandOf(r, "clinical")).isEqualTo(band);
    }

    @Test
    void clinicalCutoffIsReachedAtElevenNotTen() {
        assertThat(reached(score("core10", giving(10)), "clinical")).isFalse();
        assertThat(reached(score("core10", giving(11)), "clinical")).isTrue();
    }

    @Test
    void depressionCutoffIsReachedAtThirteenNotTwelve() {
        assertThat(reached(score("core10", giving(12)), "depression")).isFalse();
        assertThat(reached(score("core10", giving(13)), "depression")).isTrue();
    }

    @Test
    void oneMissingItemIsProratedFromTheNineAnswered() {
        // item 10 missing; counted 2+3+1+2+1+0+3+2+2 = 16; 16 / 9 x 10 = 17.777... -> 17.78
        ScoreResult r = score("core10", answers(2, 1, 3, 2, 1, 0, 3, 2, 2, null));
        ScaleResult s = scale(r, "clinical");
        assertThat(scoreOf(r, "clinical")).isEqualTo(17.78);
        assertThat(s.coverage().prorated()).isTrue();
        assertThat(s.coverage().missingItems()).containsExactly("10");
        assertThat(bandOf(r, "clinical")).isEqualTo("moderate");
    }

    @Test
    void proratingCanCrossTheCutoff() {
        // item 10 missing; counted 2+(4-3)+(4-3)+1+1+0+1+1+1 = 9; 9 / 9 x 10 = 10: below the cut-off
        ScoreResult below = score("core10", answers(2, 3, 3, 1, 1, 0, 1, 1, 1, null));
        assertThat(scoreOf(below, "clinical")).isEqualTo(10);
        assertThat(bandOf(below, "clinical")).isEqualTo("healthy-low");
        assertThat(reached(below, "clinical")).isFalse();
        // counted 2+1+1+1+1+0+1+1+2 = 10; 10 / 9 x 10 = 11.111... -> 11.11: at or above 11
        ScoreResult above = score("core10", answers(2, 3, 3, 1, 1, 0, 1, 1, 2, null));
        assertThat(scoreOf(above, "clinical")).isEqualTo(11.11);
        assertThat(bandOf(above, "clinical")).isEqualTo("mild");
        assertThat(reached(above, "clinical")).isTrue();
    }

    @Test
    void aMissingReversedItemLeavesTheOtherReversed() {
        // item 2 missing, all others 0: item 3 counts 4-0 = 4; 4 / 9 x 10 = 4.444... -> 4.44
        ScoreResult r = score("core10", answers(0, null, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(scoreOf(r, "clinical")).isEqualTo(4.44);
    }

    @Test
    void twoMissingItemsAreNotScored() {
        Throwable t = catchThrowable(() -> Scorer.score(CORE10, answers(2, 1, 3, 2, 1, 0, 3, 2, null, null), null));
        assertThat(t).isInstanceOf(NotScorableException.class);
        assertThat(((NotScorableException) t).reasons()).singleElement().asString().contains("2 of 10");
    }

    @Test
    void riskItemAboveZeroFlagsWhateverTheScore() {
        // item 6 = 1, everything else counted 0: score 1 (healthy-low) yet flagged
        ScoreResult r = score("core10", answers(0, 4, 4, 0, 0, 1, 0, 0, 0, 0));
        assertThat(scoreOf(r, "clinical")).isEqualTo(1);
        assertThat(r.flags()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("risk-item");
            assertThat(f.items()).singleElement().satisfies(iv -> {
                assertThat(iv.item()).isEqualTo("6");
                assertThat(iv.value()).isEqualTo(1);
            });
        });
        assertThat(score("core10", answers(4, 0, 0, 4, 4, 0, 4, 4, 4, 4)).flags()).isEmpty();
    }

    @Test
    void valuesOffTheScaleAndUnknownItemsAreRefused() {
        Map<String, Integer> responses = new HashMap<>(answers(2, 1, 3, 2, 1, 0, 3, 2, 2, 1));
        responses.put("1", 5);
        responses.put("3", -1);
        responses.put("11", 0);
        Throwable t = catchThrowable(() -> Scorer.score(CORE10, responses, null));
        assertThat(t).isInstanceOf(InvalidResponsesException.class);
        assertThat(((InvalidResponsesException) t).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactlyInAnyOrder("/responses/1", "/responses/3", "/responses/11");
    }

    @Test
    void definitionCarriesTheAgreedFigures() {
        Scale s = CORE10.scale("clinical").orElseThrow();
        ReliableChange rc = s.reliableChange().stream().filter(ReliableChange::isDefault).findFirst().orElseThrow();
        assertThat(rc.threshold()).isEqualTo(6);
        assertThat(rc.inclusive()).isFalse();
        assertThat(s.cutoffs()).filteredOn(c -> c.isRecovery()).singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualTo(11));
        assertThat(s.alternativeBands()).singleElement().satisfies(b -> assertThat(b.bands()).hasSize(6));
    }

    private static boolean reached(ScoreResult r, String cutoffId) {
        return scale(r, "clinical").reading().cutoffs().stream().filter(c -> c.id().equals(cutoffId)).findFirst()
                .orElseThrow().reached();
    }

    /**
     * A complete form whose counted values add up to {@code total}: each item in form order contributes up to 4;
     * items 2 and 3 are reversed, so contributing c means answering 4 - c.
     */
    static Map<String, Integer> giving(int total) {
        Integer[] values = new Integer[10];
        int left = total;
        for (int i = 0; i < 10; i++) {
            int c = Math.min(4, left);
            left -= c;
            values[i] = (i == 1 || i == 2) ? 4 - c : c;
        }
        return answers(values);
    }
}
