package org.measura.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.measura.instruments.Scoring.all;
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
import org.measura.catalog.Scale;
import org.measura.scoring.InvalidResponsesException;
import org.measura.scoring.NotScorableException;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;

/**
 * K10 on the Australian 1-5 coding (total 10-50): METeOR bands 10-19/20-24/25-29/30-50 (ABS bands as alternative),
 * cut-offs at-or-above 20 and above 24; items 3 and 6 scored 1 when skipped after a 1 on items 2 and 5; US 0-4
 * coding declared as 'us-0-4' (+1 per answer); no published missing-item rule, so nothing is prorated.
 */
class K10ScoringTest {

    private static final InstrumentDefinition K10 = Scoring.CATALOG.find("k10").orElseThrow();

    @Test
    void fullResponseSet() {
        // 3+3+2+2+3+2+3+2+3+2 = 25
        ScoreResult r = score("k10", answers(3, 3, 2, 2, 3, 2, 3, 2, 3, 2));
        assertThat(scoreOf(r, "total")).isEqualTo(25);
        assertThat(bandOf(r, "total")).isEqualTo("moderate");
        assertThat(reached(r, "mild-or-worse")).isTrue();
        assertThat(reached(r, "review-after-treatment")).isTrue();
        assertThat(r.notes()).isNull();
    }

    @ParameterizedTest(name = "total {0} is {1}")
    @CsvSource({"10,likely-well", "19,likely-well", "20,mild", "24,mild", "25,moderate", "29,moderate",
            "30,severe", "50,severe"})
    void bandBoundaries(int total, String band) {
        ScoreResult r = score("k10", giving(total));
        assertThat(scoreOf(r, "total")).isEqualTo(total);
        assertThat(bandOf(r, "total")).isEqualTo(band);
    }

    @Test
    void cutoffBoundaries() {
        assertThat(reached(score("k10", giving(19)), "mild-or-worse")).isFalse();
        assertThat(reached(score("k10", giving(20)), "mild-or-worse")).isTrue();
        // "above 24": 24 does not reach it, 25 does
        assertThat(reached(score("k10", giving(24)), "review-after-treatment")).isFalse();
        assertThat(reached(score("k10", giving(25)), "review-after-treatment")).isTrue();
    }

    @Test
    void skippedItemsThreeAndSixCountAsNone() {
        // item 2 = 1 and item 5 = 1, items 3 and 6 left out: each counts 1
        // 2+1+1+3+1+1+2+2+3+2 = 18
        ScoreResult r = score("k10", answers(2, 1, null, 3, 1, null, 2, 2, 3, 2));
        assertThat(scoreOf(r, "total")).isEqualTo(18);
        assertThat(bandOf(r, "total")).isEqualTo("likely-well");
        assertThat(scale(r, "total").coverage().prorated()).isFalse();
        assertThat(scale(r, "total").coverage().missingItems()).isEmpty();
        assertThat(r.notes()).hasSize(2);
    }

    @Test
    void anAnswerGivenDespiteTheSkipIsKept() {
        // item 2 = 1 yet item 3 answered 4: 2+1+4+3+1+1+2+2+3+2 = 21
        assertThat(scoreOf(score("k10", answers(2, 1, 4, 3, 1, 1, 2, 2, 3, 2)), "total")).isEqualTo(21);
    }

    @Test
    void itemThreeLeftOutAfterNervousnessIsMissingAndNotScored() {
        // item 2 = 2, so item 3 should have been asked: missing, and K10 has no prorating rule
        Throwable t = catchThrowable(() -> Scorer.score(K10, answers(2, 2, null, 3, 1, null, 2, 2, 3, 2), null));
        assertThat(t).isInstanceOf(NotScorableException.class);
        assertThat(((NotScorableException) t).reasons()).singleElement().asString()
                .contains("1 of 10").contains("needs every item");
        // item 2 itself missing: neither 2 nor 3 can count
        assertThat(catchThrowable(() -> Scorer.score(K10, answers(2, null, null, 3, 2, 2, 2, 2, 3, 2), null)))
                .isInstanceOf(NotScorableException.class);
    }

    @Test
    void anyOtherMissingItemIsNotScored() {
        assertThat(catchThrowable(() -> Scorer.score(K10, answers(3, 3, 2, 2, 3, 2, 3, 2, 3, null), null)))
                .isInstanceOf(NotScorableException.class);
    }

    @Test
    void usZeroToFourCodingIsMovedUpByOne() {
        // US answers 2,2,1,1,2,1,2,1,2,1 sum 15; each +1 -> 15 + 10 = 25
        ScoreResult r = score("k10", answers(2, 2, 1, 1, 2, 1, 2, 1, 2, 1), "us-0-4");
        assertThat(scoreOf(r, "total")).isEqualTo(25);
        assertThat(bandOf(r, "total")).isEqualTo("moderate");
        assertThat(r.coding()).isEqualTo("us-0-4");
        // US 0 everywhere -> 10; US 4 everywhere -> 50
        assertThat(scoreOf(score("k10", all(10, 0), "us-0-4"), "total")).isEqualTo(10);
        assertThat(scoreOf(score("k10", all(10, 4), "us-0-4"), "total")).isEqualTo(50);
        // US total 9 -> 19 (likely well), US total 10 -> 20 (mild)
        assertThat(bandOf(score("k10", answers(1, 1, 1, 1, 1, 1, 1, 1, 1, 0), "us-0-4"), "total"))
                .isEqualTo("likely-well");
        assertThat(bandOf(score("k10", all(10, 1), "us-0-4"), "total")).isEqualTo("mild");
    }

    @Test
    void skipRuleAlsoAppliesToUsCoding() {
        // US item 2 = 0 and item 5 = 0 (none of the time -> 1); items 3 and 6 left out count 1
        // mapped: 2+1+1+2+1+1+2+2+2+2 = 16
        ScoreResult r = score("k10", answers(1, 0, null, 1, 0, null, 1, 1, 1, 1), "us-0-4");
        assertThat(scoreOf(r, "total")).isEqualTo(16);
        assertThat(r.notes()).hasSize(2);
    }

    @Test
    void valuesOffEitherCodingAreRefused() {
        Throwable own = catchThrowable(() -> Scorer.score(K10, answers(0, 6, 2, 2, 3, 2, 3, 2, 3, 2), null));
        assertThat(((InvalidResponsesException) own).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactlyInAnyOrder("/responses/1", "/responses/2");
        Throwable us = catchThrowable(() -> Scorer.score(K10, answers(5, 2, 2, 2, 3, 2, 3, 2, 3, 2), "us-0-4"));
        assertThat(((InvalidResponsesException) us).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactly("/responses/1");
        Throwable unknown = catchThrowable(() -> Scorer.score(K10, Map.of("11", 1), null));
        assertThat(((InvalidResponsesException) unknown).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactly("/responses/11");
    }

    @Test
    void definitionCarriesBothBandSystems() {
        Scale s = K10.scale("total").orElseThrow();
        assertThat(s.bands()).extracting(b -> b.min()).containsExactly(10.0, 20.0, 25.0, 30.0);
        assertThat(s.alternativeBands()).singleElement().satisfies(set -> assertThat(set.bands())
                .extracting(b -> b.min()).containsExactly(10.0, 16.0, 22.0, 30.0));
        assertThat(s.cutoffs()).noneMatch(c -> c.isRecovery());
    }

    private static boolean reached(ScoreResult r, String cutoffId) {
        return scale(r, "total").reading().cutoffs().stream().filter(c -> c.id().equals(cutoffId)).findFirst().orElseThrow()
                .reached();
    }

    /** Every item answered, starting from 1 each (total 10) and raising items in form order up to 5. */
    static Map<String, Integer> giving(int total) {
        Integer[] values = new Integer[10];
        int left = total - 10;
        for (int i = 0; i < 10; i++) {
            int extra = Math.min(4, left);
            left -= extra;
            values[i] = 1 + extra;
        }
        return answers(values);
    }
}
