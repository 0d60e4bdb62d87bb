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
import org.junit.jupiter.api.Test;
import org.measura.api.ScoringPointers;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.ReliableChange;
import org.measura.catalog.Scale;
import org.measura.scoring.InvalidResponsesException;
import org.measura.scoring.NotScorableException;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;

/**
 * PCL-5: items 0-4, total 0-80, clusters B 1-5 (0-20), C 6-7 (0-8), D 8-14 (0-28), E 15-20 (0-24); probable PTSD at
 * 33 or more; DSM-5 provisional diagnosis: item rated 2 or more is endorsed, needs 1 B, 1 C, 2 D, 2 E. No bands, no
 * missing-item rule, no default reliable-change threshold.
 *
 * <p>BASE answers, items 1-20: B 3 2 1 3 2 | C 2 1 | D 0 2 3 2 1 2 1 | E 1 0 3 2 2 3.
 * Sums: B 3+2+1+3+2 = 11; C 2+1 = 3; D 0+2+3+2+1+2+1 = 11; E 1+0+3+2+2+3 = 11; total 36.
 * Endorsed (>= 2): B items 1, 2, 4, 5; C item 6; D items 9, 10, 11, 13; E items 17, 18, 19, 20.
 */
class Pcl5ScoringTest {

    private static final InstrumentDefinition PCL5 = Scoring.CATALOG.find("pcl5").orElseThrow();
    private static final Integer[] BASE = {3, 2, 1, 3, 2, 2, 1, 0, 2, 3, 2, 1, 2, 1, 1, 0, 3, 2, 2, 3};

    @Test
    void fullResponseSet() {
        ScoreResult r = score("pcl5", base(Map.of()));
        assertThat(scoreOf(r, "total")).isEqualTo(36);
        assertThat(scoreOf(r, "intrusion")).isEqualTo(11);
        assertThat(scoreOf(r, "avoidance")).isEqualTo(3);
        assertThat(scoreOf(r, "cognition-mood")).isEqualTo(11);
        assertThat(scoreOf(r, "arousal")).isEqualTo(11);
        assertThat(probablePtsd(r)).isTrue();
        assertThat(provisional(r)).isEqualTo("met");
        assertThat(r.scales()).allMatch(s -> s.band() == null);
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void clusterAndTotalExtremes() {
        ScoreResult most = score("pcl5", all(20, 4));
        assertThat(scoreOf(most, "total")).isEqualTo(80);         // 20 x 4
        assertThat(scoreOf(most, "intrusion")).isEqualTo(20);     // 5 x 4
        assertThat(scoreOf(most, "avoidance")).isEqualTo(8);      // 2 x 4
        assertThat(scoreOf(most, "cognition-mood")).isEqualTo(28); // 7 x 4
        assertThat(scoreOf(most, "arousal")).isEqualTo(24);       // 6 x 4
        ScoreResult none = score("pcl5", all(20, 0));
        assertThat(scoreOf(none, "total")).isEqualTo(0);
        assertThat(probablePtsd(none)).isFalse();
        assertThat(provisional(none)).isEqualTo("not-met");
    }

    @Test
    void probablePtsdCutoffIsReachedAtThirtyThreeNotThirtyTwo() {
        // BASE total 36; items 1 and 4 lowered 3 -> 2 and item 10 lowered 3 -> 2: 36 - 3 = 33
        ScoreResult at = score("pcl5", base(Map.of(1, 2, 4, 2, 10, 2)));
        assertThat(scoreOf(at, "total")).isEqualTo(33);
        assertThat(probablePtsd(at)).isTrue();
        // also item 17 lowered 3 -> 2: 32, inside the published 31-33 range but below the cut-off
        ScoreResult below = score("pcl5", base(Map.of(1, 2, 4, 2, 10, 2, 17, 2)));
        assertThat(scoreOf(below, "total")).isEqualTo(32);
        assertThat(probablePtsd(below)).isFalse();
        // the diagnostic rule is independent of the total: still met at 32
        assertThat(provisional(below)).isEqualTo("met");
    }

    /** One item missing in every cluster: nothing can be scored, but the answered items already meet the rule. */
    @Test
    void theProvisionalDiagnosisIsReportedWhenNoScaleCanBeScored() throws Exception {
        java.util.Map<String, Integer> responses = new java.util.HashMap<>(all(20, 3));
        for (String missing : new String[] {"1", "6", "8", "15"}) {
            responses.put(missing, null);
        }
        ScoreResult r = org.measura.scoring.Scorer.score(Scoring.CATALOG.find("pcl5").orElseThrow(), responses, null);
        assertThat(r.scales()).noneMatch(s -> s.scored());
        assertThat(provisional(r)).isEqualTo("met");
        assertThat(r.notes()).first().isEqualTo("No scale of PCL-5 could be scored (each scale says why); the answer "
                + "is given for the criteria that the answered items decide.");
    }

    @Test
    void provisionalDiagnosisNotMetWhenAClusterFallsShort() {
        // item 6 lowered 2 -> 1: no C item is rated 2 or more
        assertThat(provisional(score("pcl5", base(Map.of(6, 1))))).isEqualTo("not-met");
        // D items 9, 10, 11 lowered to 1, leaving only item 13 endorsed: 1 of the 2 D items needed
        assertThat(provisional(score("pcl5", base(Map.of(9, 1, 10, 1, 11, 1))))).isEqualTo("not-met");
        // E items 17, 18, 19 lowered to 1, leaving only item 20: 1 of the 2 E items needed
        assertThat(provisional(score("pcl5", base(Map.of(17, 1, 18, 1, 19, 1))))).isEqualTo("not-met");
        // B items 1, 2, 4, 5 lowered to 1: no B item endorsed
        assertThat(provisional(score("pcl5", base(Map.of(1, 1, 2, 1, 4, 1, 5, 1))))).isEqualTo("not-met");
    }

    @Test
    void exactlyTheMinimumIsMet() {
        // one B (item 1 = 2), one C (item 6 = 2), two D (8, 9 = 2), two E (15, 16 = 2), everything else 1
        Map<String, Integer> responses = new HashMap<>(all(20, 1));
        for (String item : new String[] {"1", "6", "8", "9", "15", "16"}) {
            responses.put(item, 2);
        }
        ScoreResult r = score("pcl5", responses);
        // 14 items x 1 + 6 items x 2 = 26: the diagnostic rule is met below the cut-off
        assertThat(scoreOf(r, "total")).isEqualTo(26);
        assertThat(provisional(r)).isEqualTo("met");
        assertThat(probablePtsd(r)).isFalse();
    }

    @Test
    void provisionalDiagnosisUndeterminedWhenAMissingItemCouldDecideIt() {
        // item 6 = 1 and item 7 missing: C could still be met by item 7, the other clusters are met
        ScoreResult r = score("pcl5", base(Map.of(6, 1, 7, -1)));
        assertThat(provisional(r)).isEqualTo("undetermined");
        // total and cluster C are not scored (no missing-item rule); B, D, E still are
        assertThat(scale(r, "total").scored()).isFalse();
        assertThat(scale(r, "avoidance").scored()).isFalse();
        assertThat(scoreOf(r, "intrusion")).isEqualTo(11);
        assertThat(scoreOf(r, "cognition-mood")).isEqualTo(11);
        assertThat(scoreOf(r, "arousal")).isEqualTo(11);
    }

    @Test
    void aMissingItemThatCannotChangeTheOutcomeLeavesItDecided() {
        // item 7 missing but item 6 = 2: C already met -> met
        assertThat(provisional(score("pcl5", base(Map.of(7, -1))))).isEqualTo("met");
        // item 7 missing and D short (only item 13 endorsed): not met whatever item 7 was
        assertThat(provisional(score("pcl5", base(Map.of(7, -1, 9, 1, 10, 1, 11, 1))))).isEqualTo("not-met");
    }

    @Test
    void anyMissingItemLeavesItsClusterAndTheTotalUnscored() {
        // item 20 (E) missing: total and E not scored; B 11, C 3, D 11 scored
        ScoreResult r = score("pcl5", base(Map.of(20, -1)));
        assertThat(scale(r, "total").scored()).isFalse();
        assertThat(scale(r, "total").notScoredReason()).contains("needs every item");
        assertThat(scale(r, "arousal").scored()).isFalse();
        assertThat(scoreOf(r, "intrusion")).isEqualTo(11);
        assertThat(scoreOf(r, "avoidance")).isEqualTo(3);
        assertThat(scoreOf(r, "cognition-mood")).isEqualTo(11);
        // one missing item in every cluster: nothing can be scored
        assertThat(catchThrowable(() -> Scorer.score(PCL5, base(Map.of(1, -1, 6, -1, 8, -1, 15, -1)), null)))
                .isInstanceOf(NotScorableException.class);
    }

    @Test
    void valuesOffTheScaleAndUnknownItemsAreRefused() {
        Map<String, Integer> responses = base(Map.of(1, 5));
        responses.put("2", -1);  // put directly: base() reads -1 as "unanswered"
        responses.put("21", 0);
        Throwable t = catchThrowable(() -> Scorer.score(PCL5, responses, null));
        assertThat(((InvalidResponsesException) t).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactlyInAnyOrder("/responses/1", "/responses/2", "/responses/21");
    }

    @Test
    void definitionHasNoBandsAndNoDefaultReliableChange() {
        Scale total = PCL5.scale("total").orElseThrow();
        assertThat(PCL5.scales()).allMatch(s -> s.bands().isEmpty());
        assertThat(total.reliableChange()).noneMatch(ReliableChange::isDefault);
        assertThat(total.reliableChange()).extracting(ReliableChange::threshold).containsExactly(15.0, 18.0);
        assertThat(total.cutoffs()).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(33);
            assertThat(c.isRecovery()).isTrue();
        });
    }

    private static boolean probablePtsd(ScoreResult r) {
        return scale(r, "total").reading().cutoffs().get(0).reached();
    }

    private static String provisional(ScoreResult r) {
        return r.criteria().stream().filter(c -> c.id().equals("provisional-ptsd")).findFirst().orElseThrow()
                .status().wire();
    }

    /** BASE with some items changed; a value of -1 leaves that item unanswered. */
    private static Map<String, Integer> base(Map<Integer, Integer> changes) {
        Map<String, Integer> responses = new HashMap<>(answers(BASE));
        changes.forEach((item, value) -> responses.put(Integer.toString(item), value == -1 ? null : value));
        return responses;
    }
}
