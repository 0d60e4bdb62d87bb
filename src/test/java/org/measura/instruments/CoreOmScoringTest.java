package org.measura.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.measura.instruments.Scoring.all;
import static org.measura.instruments.Scoring.answers;
import static org.measura.instruments.Scoring.scale;
import static org.measura.instruments.Scoring.score;
import static org.measura.instruments.Scoring.scoreOf;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.measura.api.ScoringPointers;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.ReliableChange;
import org.measura.scoring.InvalidResponsesException;
import org.measura.scoring.NotScorableException;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;

/**
 * CORE-OM: items 0-4, items 3, 4, 7, 12, 19, 21, 31, 32 reversed (4 - v); item means for all items, non-risk and
 * the domains W (4, 14, 17, 31), P (2, 5, 8, 11, 13, 15, 18, 20, 23, 27, 28, 30), F (1, 3, 7, 10, 12, 19, 21, 25,
 * 26, 29, 32, 33), R (6, 9, 16, 22, 24, 34); clinical score = all-items mean x 10 with cut-off 10 and reliable change
 * "5 or more". CST missing limits: all 3, non-risk 3, P 1, F 1, W 0, R 0.
 *
 * <p>BASE answers, items 1-34: 2 3 1 1 2 0 2 1 1 2 | 2 1 3 2 1 0 3 2 3 2 | 2 0 2 0 1 1 3 2 1 2 | 1 1 1 0.
 * Reversed items counted 4 - v: 3: 1->3, 4: 1->3, 7: 2->2, 12: 1->3, 19: 3->1, 21: 2->2, 31: 1->3, 32: 1->3.
 * Counted sums: W 3+2+3+3 = 11; P 3+2+1+2+3+1+2+2+2+3+2+2 = 25; F 2+3+2+2+3+1+2+1+1+1+3+1 = 22; R 0+1+0+0+0+0 = 1;
 * non-risk 11+25+22 = 58; all 58+1 = 59.
 */
class CoreOmScoringTest {

    private static final InstrumentDefinition COREOM = Scoring.CATALOG.find("coreom").orElseThrow();
    private static final Integer[] BASE = {2, 3, 1, 1, 2, 0, 2, 1, 1, 2, 2, 1, 3, 2, 1, 0, 3, 2, 3, 2, 2, 0, 2, 0, 1,
            1, 3, 2, 1, 2, 1, 1, 1, 0};
    private static final Set<Integer> REVERSED = Set.of(3, 4, 7, 12, 19, 21, 31, 32);

    @Test
    void fullResponseSet() {
        ScoreResult r = score("coreom", base());
        assertThat(scoreOf(r, "wellbeing")).isEqualTo(2.75);    // 11 / 4
        assertThat(scoreOf(r, "problems")).isEqualTo(2.08);     // 25 / 12 = 2.0833
        assertThat(scoreOf(r, "functioning")).isEqualTo(1.83);  // 22 / 12 = 1.8333
        assertThat(scoreOf(r, "risk")).isEqualTo(0.17);         // 1 / 6 = 0.1667
        assertThat(scoreOf(r, "nonrisk")).isEqualTo(2.07);      // 58 / 28 = 2.0714
        assertThat(scoreOf(r, "all")).isEqualTo(1.74);          // 59 / 34 = 1.7353
        assertThat(scoreOf(r, "clinical")).isEqualTo(17.35);    // 59 / 34 x 10 = 17.353
        assertThat(clinicalCutoffReached(r)).isTrue();
        assertThat(r.scales()).noneMatch(s -> s.coverage().prorated());
        // The risk-item flag reads each risk item on its own: item 9 answered 1 (the risk mean's 1 / 6) raises it.
        assertThat(r.flags()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("risk-item");
            assertThat(f.items()).extracting(v -> v.item() + "=" + v.value()).containsExactly("9=1");
        });
        assertThat(r.unassessedRisks()).isNull();
    }

    @Test
    void theEightPositiveItemsAreReverseKeyed() {
        // all 0: only the 8 reversed items count, 4 each = 32
        ScoreResult zeros = score("coreom", all(34, 0));
        assertThat(scoreOf(zeros, "all")).isEqualTo(0.94);         // 32 / 34 = 0.941
        assertThat(scoreOf(zeros, "clinical")).isEqualTo(9.41);    // 320 / 34 = 9.412
        assertThat(scoreOf(zeros, "wellbeing")).isEqualTo(2);      // items 4, 31: 8 / 4
        assertThat(scoreOf(zeros, "problems")).isEqualTo(0);       // no reversed item
        assertThat(scoreOf(zeros, "functioning")).isEqualTo(2);    // 3, 7, 12, 19, 21, 32: 24 / 12
        assertThat(scoreOf(zeros, "risk")).isEqualTo(0);
        assertThat(scoreOf(zeros, "nonrisk")).isEqualTo(1.14);     // 32 / 28 = 1.143
        // all 4: the 26 other items count 4 each = 104, the reversed ones 0
        ScoreResult fours = score("coreom", all(34, 4));
        assertThat(scoreOf(fours, "all")).isEqualTo(3.06);         // 104 / 34 = 3.0588
        assertThat(scoreOf(fours, "clinical")).isEqualTo(30.59);   // 1040 / 34 = 30.588
        assertThat(scoreOf(fours, "wellbeing")).isEqualTo(2);      // items 14, 17: 8 / 4
        assertThat(scoreOf(fours, "problems")).isEqualTo(4);       // 48 / 12
        assertThat(scoreOf(fours, "functioning")).isEqualTo(2);    // 6 unreversed x 4 = 24 / 12
        assertThat(scoreOf(fours, "risk")).isEqualTo(4);           // 24 / 6
        assertThat(scoreOf(fours, "nonrisk")).isEqualTo(2.86);     // (8 + 48 + 24) / 28 = 2.857
    }

    @Test
    void extremesSpanTheRange() {
        // every answer at its worst: 0 -> 0 and 40 after reversal
        assertThat(scoreOf(score("coreom", giving(0)), "clinical")).isEqualTo(0);
        assertThat(scoreOf(score("coreom", giving(136)), "clinical")).isEqualTo(40);
        assertThat(scoreOf(score("coreom", giving(136)), "all")).isEqualTo(4);
    }

    @Test
    void clinicalCutoffIsReachedAtTen() {
        // complete form, counted sum 33: 330 / 34 = 9.7059 -> 9.71, below 10
        ScoreResult below = score("coreom", giving(33));
        assertThat(scoreOf(below, "clinical")).isEqualTo(9.71);
        assertThat(clinicalCutoffReached(below)).isFalse();
        // counted sum 34: 340 / 34 = 10, at the cut-off
        ScoreResult at = score("coreom", giving(34));
        assertThat(scoreOf(at, "clinical")).isEqualTo(10);
        assertThat(clinicalCutoffReached(at)).isTrue();
    }

    @Test
    void problemsDomainAllowsOneMissingItem() {
        // item 2 (P, counted 3) missing: P 22 / 11 = 2; non-risk 55 / 27 = 2.037; all 56 / 33 = 1.697; clinical 16.97
        ScoreResult r = score("coreom", base(2));
        assertThat(scoreOf(r, "problems")).isEqualTo(2);
        assertThat(scale(r, "problems").coverage().prorated()).isTrue();
        assertThat(scoreOf(r, "nonrisk")).isEqualTo(2.04);
        assertThat(scoreOf(r, "all")).isEqualTo(1.70);
        assertThat(scoreOf(r, "clinical")).isEqualTo(16.97);
        assertThat(scoreOf(r, "wellbeing")).isEqualTo(2.75);
    }

    @Test
    void problemsDomainWithTwoMissingIsNotScored() {
        // items 2 and 5 (P, counted 3 and 2) missing: P not scored; all 54 / 32 = 1.6875 -> 1.69; clinical 16.875 -> 16.88
        ScoreResult r = score("coreom", base(2, 5));
        assertThat(scale(r, "problems").scored()).isFalse();
        assertThat(scoreOf(r, "all")).isEqualTo(1.69);
        assertThat(scoreOf(r, "clinical")).isEqualTo(16.88);
        assertThat(scoreOf(r, "nonrisk")).isEqualTo(2.04);  // 53 / 26 = 2.038
        assertThat(scoreOf(r, "functioning")).isEqualTo(1.83);
    }

    @Test
    void functioningDomainAllowsOneMissingItemAndNotTwo() {
        // item 3 (F, reversed: answered 1, counted 3) missing: F 19 / 11 = 1.727 -> 1.73
        ScoreResult one = score("coreom", base(3));
        assertThat(scoreOf(one, "functioning")).isEqualTo(1.73);
        assertThat(scale(one, "functioning").coverage().prorated()).isTrue();
        // items 3 and 7 (F) missing: F not scored; all 54 / 32 -> 1.69
        ScoreResult two = score("coreom", base(3, 7));
        assertThat(scale(two, "functioning").scored()).isFalse();
        assertThat(scale(two, "functioning").notScoredReason()).contains("at most 1 may be missing");
        assertThat(scoreOf(two, "all")).isEqualTo(1.69);
    }

    @Test
    void wellbeingDomainAllowsNoMissingItem() {
        // item 14 (W, counted 2) missing: W not scored; non-risk 56 / 27 = 2.074; all 57 / 33 = 1.727; clinical 17.27
        ScoreResult r = score("coreom", base(14));
        assertThat(scale(r, "wellbeing").scored()).isFalse();
        assertThat(scale(r, "wellbeing").notScoredReason()).contains("needs every item");
        assertThat(scoreOf(r, "nonrisk")).isEqualTo(2.07);
        assertThat(scoreOf(r, "all")).isEqualTo(1.73);
        assertThat(scoreOf(r, "clinical")).isEqualTo(17.27);
    }

    @Test
    void riskDomainAllowsNoMissingItem() {
        // item 9 (R, counted 1) missing: R not scored; non-risk untouched 2.07; all 58 / 33 = 1.7576; clinical 17.58
        ScoreResult r = score("coreom", base(9));
        assertThat(scale(r, "risk").scored()).isFalse();
        assertThat(scoreOf(r, "nonrisk")).isEqualTo(2.07);
        assertThat(scale(r, "nonrisk").coverage().prorated()).isFalse();
        assertThat(scoreOf(r, "all")).isEqualTo(1.76);
        assertThat(scoreOf(r, "clinical")).isEqualTo(17.58);
    }

    @Test
    void allItemsAllowThreeMissingAndNotFour() {
        // items 2 (P, 3), 1 (F, 2), 9 (R, 1) missing: all 53 / 31 = 1.7097; clinical 17.097 -> 17.1;
        // P 22 / 11 = 2; F 20 / 11 = 1.818 -> 1.82; R not scored; non-risk 53 / 26 -> 2.04
        ScoreResult three = score("coreom", base(2, 1, 9));
        assertThat(scoreOf(three, "all")).isEqualTo(1.71);
        assertThat(scoreOf(three, "clinical")).isEqualTo(17.1);
        assertThat(scoreOf(three, "problems")).isEqualTo(2);
        assertThat(scoreOf(three, "functioning")).isEqualTo(1.82);
        assertThat(scale(three, "risk").scored()).isFalse();
        assertThat(scoreOf(three, "nonrisk")).isEqualTo(2.04);
        // also item 6 (R) missing: 4 of 34 missing, all and clinical not scored; non-risk still 2.04
        ScoreResult four = score("coreom", base(2, 1, 9, 6));
        assertThat(scale(four, "all").scored()).isFalse();
        assertThat(scale(four, "clinical").scored()).isFalse();
        assertThat(scale(four, "clinical").notScoredReason()).contains("4 of 34");
        assertThat(scoreOf(four, "nonrisk")).isEqualTo(2.04);
    }

    @Test
    void nonRiskAllowsThreeMissingAndNotFour() {
        // items 2 (P, 3), 1 (F, 2), 14 (W, 2) missing: non-risk 51 / 25 = 2.04; all 52 / 31 = 1.677 -> 1.68;
        // clinical 16.774 -> 16.77; W not scored
        ScoreResult three = score("coreom", base(2, 1, 14));
        assertThat(scoreOf(three, "nonrisk")).isEqualTo(2.04);
        assertThat(scoreOf(three, "all")).isEqualTo(1.68);
        assertThat(scoreOf(three, "clinical")).isEqualTo(16.77);
        assertThat(scale(three, "wellbeing").scored()).isFalse();
        // also item 17 (W) missing: non-risk 4 of 28 missing, not scored; all not scored; P 2, F 1.82, R 0.17 remain
        ScoreResult four = score("coreom", base(2, 1, 14, 17));
        assertThat(scale(four, "nonrisk").scored()).isFalse();
        assertThat(scale(four, "all").scored()).isFalse();
        assertThat(scoreOf(four, "problems")).isEqualTo(2);
        assertThat(scoreOf(four, "functioning")).isEqualTo(1.82);
        assertThat(scoreOf(four, "risk")).isEqualTo(0.17);
    }

    @Test
    void nothingAnsweredIsNotScorable() {
        assertThat(catchThrowable(() -> Scorer.score(COREOM, Map.of(), null)))
                .isInstanceOf(NotScorableException.class);
    }

    @Test
    void valuesOffTheScaleAndUnknownItemsAreRefused() {
        Map<String, Integer> responses = base();
        responses.put("34", 5);
        responses.put("3", -1);
        responses.put("35", 1);
        Throwable t = catchThrowable(() -> Scorer.score(COREOM, responses, null));
        assertThat(t).isInstanceOf(InvalidResponsesException.class);
        assertThat(((InvalidResponsesException) t).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactlyInAnyOrder("/responses/34", "/responses/3", "/responses/35");
    }

    @Test
    void definitionCarriesTheAgreedFigures() {
        assertThat(COREOM.reverseKeyed()).containsExactly("3", "4", "7", "12", "19", "21", "31", "32");
        ReliableChange rc = COREOM.scale("clinical").orElseThrow().reliableChange().get(0);
        assertThat(rc.threshold()).isEqualTo(5);
        assertThat(rc.inclusive()).isTrue();
        assertThat(rc.isDefault()).isTrue();
        assertThat(COREOM.scale("nonrisk").orElseThrow().missing().maxMissing()).isEqualTo(3);
    }

    private static boolean clinicalCutoffReached(ScoreResult r) {
        return scale(r, "clinical").reading().cutoffs().get(0).reached();
    }

    /** BASE with the given items left unanswered. */
    private static Map<String, Integer> base(int... missing) {
        Map<String, Integer> responses = new HashMap<>(answers(BASE));
        for (int item : missing) {
            responses.put(Integer.toString(item), null);
        }
        return responses;
    }

    /** A complete form whose counted (reverse-keyed) values add up to {@code total}, filled in form order. */
    private static Map<String, Integer> giving(int total) {
        Integer[] values = new Integer[34];
        int left = total;
        for (int i = 0; i < 34; i++) {
            int c = Math.min(4, left);
            left -= c;
            values[i] = REVERSED.contains(i + 1) ? 4 - c : c;
        }
        return answers(values);
    }
}
