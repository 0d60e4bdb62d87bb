package org.measura.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.measura.instruments.Scoring.scale;
import static org.measura.instruments.Scoring.score;
import static org.measura.instruments.Scoring.scoreOf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.measura.api.ScoringPointers;
import org.measura.catalog.Direction;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Scale;
import org.measura.scoring.InvalidResponsesException;
import org.measura.scoring.ProfileResult;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;

/**
 * DSQ-40 (Andrews, Singh & Bond 1993; key S2 from two public implementations): items 1-40 rated 1-9, no reverse
 * items; 20 defenses = mean of 2 items; factors mature (4 defenses), neurotic (4), immature (12) = mean of their
 * defenses, which equals the mean of their items. No published missing-item rule: a defense needs both items, a
 * factor every item. No norms or cut-offs: the Andrews et al. 1993 norms have not been verified against the
 * article. Expected values below are worked by hand.
 */
class Dsq40ScoringTest {

    private static final InstrumentDefinition DSQ40 = Scoring.CATALOG.find("dsq40").orElseThrow();

    /** The key as transcribed by hand from the reference table (defense: item A, item B). */
    private static final Map<String, int[]> KEY = new LinkedHashMap<>();
    static {
        KEY.put("sublimation", new int[] {3, 38});
        KEY.put("humor", new int[] {5, 26});
        KEY.put("anticipation", new int[] {30, 35});
        KEY.put("suppression", new int[] {2, 25});
        KEY.put("undoing", new int[] {32, 40});
        KEY.put("pseudo-altruism", new int[] {1, 39});
        KEY.put("idealization", new int[] {21, 24});
        KEY.put("reaction-formation", new int[] {7, 28});
        KEY.put("projection", new int[] {6, 29});
        KEY.put("passive-aggression", new int[] {23, 36});
        KEY.put("acting-out", new int[] {11, 20});
        KEY.put("isolation", new int[] {34, 37});
        KEY.put("devaluation", new int[] {10, 13});
        KEY.put("autistic-fantasy", new int[] {14, 17});
        KEY.put("denial", new int[] {8, 18});
        KEY.put("displacement", new int[] {31, 33});
        KEY.put("dissociation", new int[] {9, 15});
        KEY.put("splitting", new int[] {19, 22});
        KEY.put("rationalization", new int[] {4, 16});
        KEY.put("somatization", new int[] {12, 27});
    }

    private static final List<String> MATURE = List.of("sublimation", "humor", "anticipation", "suppression");
    private static final List<String> NEUROTIC = List.of("undoing", "pseudo-altruism", "idealization",
            "reaction-formation");
    private static final List<String> IMMATURE = List.of("projection", "passive-aggression", "acting-out",
            "isolation", "devaluation", "autistic-fantasy", "denial", "displacement", "dissociation", "splitting",
            "rationalization", "somatization");

    /** A full response set; each line gives the defense, its items and the hand-worked mean. */
    static Map<String, Integer> fullSet() {
        Map<String, Integer> r = new HashMap<>();
        // mature
        r.put("3", 7); r.put("38", 8);   // sublimation (7 + 8) / 2 = 7.5
        r.put("5", 6); r.put("26", 5);   // humor (6 + 5) / 2 = 5.5
        r.put("30", 9); r.put("35", 8);  // anticipation (9 + 8) / 2 = 8.5
        r.put("2", 4); r.put("25", 6);   // suppression (4 + 6) / 2 = 5
        // neurotic
        r.put("32", 3); r.put("40", 4);  // undoing (3 + 4) / 2 = 3.5
        r.put("1", 6); r.put("39", 7);   // pseudo-altruism (6 + 7) / 2 = 6.5
        r.put("21", 2); r.put("24", 2);  // idealization (2 + 2) / 2 = 2
        r.put("7", 5); r.put("28", 4);   // reaction formation (5 + 4) / 2 = 4.5
        // immature
        r.put("6", 1); r.put("29", 2);   // projection (1 + 2) / 2 = 1.5
        r.put("23", 3); r.put("36", 3);  // passive aggression (3 + 3) / 2 = 3
        r.put("11", 5); r.put("20", 6);  // acting out (5 + 6) / 2 = 5.5
        r.put("34", 2); r.put("37", 1);  // isolation (2 + 1) / 2 = 1.5
        r.put("10", 4); r.put("13", 2);  // devaluation (4 + 2) / 2 = 3
        r.put("14", 6); r.put("17", 6);  // autistic fantasy (6 + 6) / 2 = 6
        r.put("8", 1); r.put("18", 1);   // denial (1 + 1) / 2 = 1
        r.put("31", 3); r.put("33", 2);  // displacement (3 + 2) / 2 = 2.5
        r.put("9", 2); r.put("15", 3);   // dissociation (2 + 3) / 2 = 2.5
        r.put("19", 4); r.put("22", 5);  // splitting (4 + 5) / 2 = 4.5
        r.put("4", 5); r.put("16", 4);   // rationalization (5 + 4) / 2 = 4.5
        r.put("12", 2); r.put("27", 1);  // somatization (2 + 1) / 2 = 1.5
        return r;
    }

    @Test
    void theDefinitionCarriesTheReferenceKey() {
        // every item 1-40 belongs to exactly one defense, and each factor holds exactly its defenses' items
        List<Integer> seen = new ArrayList<>();
        KEY.forEach((defense, items) -> {
            Scale s = DSQ40.scale(defense).orElseThrow();
            assertThat(s.items()).as(defense).containsExactly(Integer.toString(items[0]), Integer.toString(items[1]));
            seen.add(items[0]);
            seen.add(items[1]);
        });
        assertThat(seen).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 40).boxed()
                .toList());
        assertThat(DSQ40.scale("mature").orElseThrow().items()).containsExactlyInAnyOrder(itemsOf(MATURE));
        assertThat(DSQ40.scale("neurotic").orElseThrow().items()).containsExactlyInAnyOrder(itemsOf(NEUROTIC));
        assertThat(DSQ40.scale("immature").orElseThrow().items()).containsExactlyInAnyOrder(itemsOf(IMMATURE));
        assertThat(DSQ40.reverseKeyed()).isEmpty();
        assertThat(DSQ40.scales()).hasSize(23);
    }

    @Test
    void everyDefenseIsTheMeanOfItsTwoItems() {
        ScoreResult r = score("dsq40", fullSet());
        // values worked in fullSet()
        assertThat(scoreOf(r, "sublimation")).isEqualTo(7.5);
        assertThat(scoreOf(r, "humor")).isEqualTo(5.5);
        assertThat(scoreOf(r, "anticipation")).isEqualTo(8.5);
        assertThat(scoreOf(r, "suppression")).isEqualTo(5);
        assertThat(scoreOf(r, "undoing")).isEqualTo(3.5);
        assertThat(scoreOf(r, "pseudo-altruism")).isEqualTo(6.5);
        assertThat(scoreOf(r, "idealization")).isEqualTo(2);
        assertThat(scoreOf(r, "reaction-formation")).isEqualTo(4.5);
        assertThat(scoreOf(r, "projection")).isEqualTo(1.5);
        assertThat(scoreOf(r, "passive-aggression")).isEqualTo(3);
        assertThat(scoreOf(r, "acting-out")).isEqualTo(5.5);
        assertThat(scoreOf(r, "isolation")).isEqualTo(1.5);
        assertThat(scoreOf(r, "devaluation")).isEqualTo(3);
        assertThat(scoreOf(r, "autistic-fantasy")).isEqualTo(6);
        assertThat(scoreOf(r, "denial")).isEqualTo(1);
        assertThat(scoreOf(r, "displacement")).isEqualTo(2.5);
        assertThat(scoreOf(r, "dissociation")).isEqualTo(2.5);
        assertThat(scoreOf(r, "splitting")).isEqualTo(4.5);
        assertThat(scoreOf(r, "rationalization")).isEqualTo(4.5);
        assertThat(scoreOf(r, "somatization")).isEqualTo(1.5);
        assertThat(r.scales()).allSatisfy(s -> assertThat(s.coverage().prorated()).isFalse());
    }

    @Test
    void factorsAreTheMeanOfTheirDefenses() {
        ScoreResult r = score("dsq40", fullSet());
        // mature: (7.5 + 5.5 + 8.5 + 5) / 4 = 26.5 / 4 = 6.625, reported 6.63 (half-up)
        //   = items (7 + 8 + 6 + 5 + 9 + 8 + 4 + 6) / 8 = 53 / 8 = 6.625
        assertThat(scoreOf(r, "mature")).isEqualTo(6.63);
        // neurotic: (3.5 + 6.5 + 2 + 4.5) / 4 = 16.5 / 4 = 4.125, reported 4.13
        //   = items (3 + 4 + 6 + 7 + 2 + 2 + 5 + 4) / 8 = 33 / 8
        assertThat(scoreOf(r, "neurotic")).isEqualTo(4.13);
        // immature: (1.5 + 3 + 5.5 + 1.5 + 3 + 6 + 1 + 2.5 + 2.5 + 4.5 + 4.5 + 1.5) / 12 = 37 / 12 = 3.0833...,
        //   reported 3.08 (= 74 item points / 24 items)
        assertThat(scoreOf(r, "immature")).isEqualTo(3.08);
    }

    @Test
    void theProfileRanksTheDefensesAndNamesThePredominantStyle() {
        ProfileResult p = score("dsq40", fullSet()).profile();
        assertThat(p.label()).isEqualTo("Defense profile");
        // highest to lowest; equal scores keep the definition's order (mature, neurotic, then immature defenses)
        assertThat(p.ranked()).extracting(ProfileResult.Entry::scale).containsExactly(
                "anticipation",        // 8.5
                "sublimation",         // 7.5
                "pseudo-altruism",     // 6.5
                "autistic-fantasy",    // 6
                "humor", "acting-out", // 5.5
                "suppression",         // 5
                "reaction-formation", "splitting", "rationalization", // 4.5
                "undoing",             // 3.5
                "passive-aggression", "devaluation", // 3
                "displacement", "dissociation",      // 2.5
                "idealization",        // 2
                "projection", "isolation", "somatization", // 1.5
                "denial");             // 1
        assertThat(p.ranked()).extracting(e -> e.score().doubleValue()).containsExactly(
                8.5, 7.5, 6.5, 6.0, 5.5, 5.5, 5.0, 4.5, 4.5, 4.5, 3.5, 3.0, 3.0, 2.5, 2.5, 2.0, 1.5, 1.5, 1.5, 1.0);
        // mature 6.63 > neurotic 4.13 > immature 3.08
        assertThat(p.predominantStyle()).singleElement().satisfies(e -> {
            assertThat(e.scale()).isEqualTo("mature");
            assertThat(e.score()).isEqualByComparingTo(new BigDecimal("6.63"));
        });
        assertThat(p.unscored()).isEmpty();
    }

    @Test
    void aMissingItemLeavesItsDefenseAndFactorUnscoredAndTheRestScored() {
        Map<String, Integer> responses = fullSet();
        responses.remove("38"); // sublimation item B
        ScoreResult r = score("dsq40", responses);

        assertThat(scale(r, "sublimation").scored()).isFalse();
        assertThat(scale(r, "sublimation").coverage().missingItems()).containsExactly("38");
        assertThat(scale(r, "sublimation").notScoredReason()).contains("1 of 2 items unanswered (38)")
                .contains("no published missing-item rule");
        assertThat(scale(r, "mature").scored()).isFalse();
        assertThat(scale(r, "mature").notScoredReason()).contains("1 of 8 items unanswered (38)");

        // the other mature defenses, and everything else, as in the full set
        assertThat(scoreOf(r, "humor")).isEqualTo(5.5);
        assertThat(scoreOf(r, "anticipation")).isEqualTo(8.5);
        assertThat(scoreOf(r, "suppression")).isEqualTo(5);
        assertThat(scoreOf(r, "neurotic")).isEqualTo(4.13);
        assertThat(scoreOf(r, "immature")).isEqualTo(3.08);
        assertThat(r.scales().stream().filter(s -> !s.scored())).extracting(s -> s.id())
                .containsExactlyInAnyOrder("sublimation", "mature");

        ProfileResult p = r.profile();
        assertThat(p.unscored()).containsExactly("sublimation", "mature");
        assertThat(p.ranked()).hasSize(19).extracting(ProfileResult.Entry::scale).doesNotContain("sublimation")
                .startsWith("anticipation", "pseudo-altruism", "autistic-fantasy");
        // with one style unknown, no style can be called predominant
        assertThat(p.predominantStyle()).isEmpty();
    }

    @Test
    void allOnesAndAllNinesAreTheEndsOfEveryScale() {
        ScoreResult low = score("dsq40", Scoring.all(40, 1));
        ScoreResult high = score("dsq40", Scoring.all(40, 9));
        assertThat(low.scales()).hasSize(23).allSatisfy(s -> assertThat(s.score().doubleValue()).isEqualTo(1));
        assertThat(high.scales()).hasSize(23).allSatisfy(s -> assertThat(s.score().doubleValue()).isEqualTo(9));
        // all styles tie at 9: every one is reported as predominant
        assertThat(high.profile().predominantStyle()).extracting(ProfileResult.Entry::scale)
                .containsExactly("mature", "neurotic", "immature");
    }

    @Test
    void directionsFollowTheFactors() {
        ScoreResult r = score("dsq40", fullSet());
        for (String d : MATURE) {
            assertThat(scale(r, d).facts().direction()).as(d).isEqualTo(Direction.HIGHER_IS_BETTER);
        }
        for (String d : concat(NEUROTIC, IMMATURE)) {
            assertThat(scale(r, d).facts().direction()).as(d).isEqualTo(Direction.HIGHER_IS_WORSE);
        }
        assertThat(scale(r, "mature").facts().direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(scale(r, "neurotic").facts().direction()).isEqualTo(Direction.HIGHER_IS_WORSE);
        assertThat(scale(r, "immature").facts().direction()).isEqualTo(Direction.HIGHER_IS_WORSE);
    }

    @Test
    void noNormsCutoffsOrBandsAreShipped() {
        // the Andrews et al. 1993 norms have not been verified against the article, so none are shipped
        assertThat(DSQ40.scales()).allSatisfy(s -> {
            assertThat(s.norms()).isEmpty();
            assertThat(s.cutoffs()).isEmpty();
            assertThat(s.bands()).isEmpty();
            assertThat(s.reliableChange()).isEmpty();
            assertThat(s.reliability()).isEmpty();
        });
    }

    @Test
    void valuesOffTheScaleAndUnknownItemsAreRefused() {
        Map<String, Integer> responses = fullSet();
        responses.put("1", 0);
        responses.put("2", 10);
        responses.put("41", 5);
        Throwable t = catchThrowable(() -> Scorer.score(DSQ40, responses, null));
        assertThat(t).isInstanceOf(InvalidResponsesException.class);
        assertThat(((InvalidResponsesException) t).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactlyInAnyOrder("/responses/1", "/responses/2", "/responses/41");
    }

    private static String[] itemsOf(List<String> defenses) {
        return defenses.stream().flatMap(d -> java.util.Arrays.stream(KEY.get(d)).mapToObj(Integer::toString))
                .toArray(String[]::new);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
