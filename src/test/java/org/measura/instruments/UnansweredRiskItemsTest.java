package org.measura.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.measura.instruments.Scoring.all;
import static org.measura.instruments.Scoring.answers;
import static org.measura.instruments.Scoring.score;
import static org.measura.instruments.Scoring.scoreOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.measura.catalog.DefinitionReader;
import org.measura.catalog.InstrumentDefinition;
import org.measura.scoring.NotScorableException;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;
import org.measura.scoring.ScoringPlan;
import org.measura.scoring.UnassessedRisk;

/**
 * A risk item left unanswered is said to be unassessed, never read as "no risk": PHQ-9 item 9, the CORE-10 risk item 6,
 * the six CORE-OM risk items (6, 9, 16, 22, 24, 34) and a caller's own risk flag.
 */
class UnansweredRiskItemsTest {

    @Test
    void phq9WithItem9UnansweredIsProratedAndSaysRiskWasNotAssessed() {
        // Items 1-8: 2+3+1+2+1+1+2+0 = 12 over 8 answered, prorated x 9/8 = 13.5 (at most 2 may be missing).
        ScoreResult r = score("phq9", answers(2, 3, 1, 2, 1, 1, 2, 0, null));
        assertThat(scoreOf(r, "total")).isEqualTo(13.5);
        assertThat(r.flags()).isEmpty();
        assertThat(r.unassessedRisks()).singleElement().satisfies(u -> {
            assertThat(u.flag()).isEqualTo("self-harm-thoughts");
            assertThat(u.items()).containsExactly("9");
            assertThat(u.fired()).isFalse();
            assertThat(u.statement()).startsWith("Risk not assessed: PHQ-9 item 9 was not answered")
                    .contains("A missing answer is not a \"no\"");
        });
        // The statement leads the notes, so a client that shows only notes still shows it.
        assertThat(r.notes()).first().isEqualTo(r.unassessedRisks().get(0).statement());
    }

    @Test
    void phq9WithItem9AnsweredZeroHasNothingUnassessed() {
        ScoreResult r = score("phq9", answers(2, 3, 1, 2, 1, 1, 2, 0, 0));
        assertThat(r.unassessedRisks()).isNull();
        assertThat(r.notes()).isNull();
    }

    @Test
    void phq9WithTooManyItemsMissingIsNotScorableAndTheProblemStillSaysRiskWasNotAssessed() {
        NotScorableException e = catchThrowableOfType(() -> Scorer.score(Scoring.CATALOG.find("phq9").orElseThrow(),
                answers(1, 1, 1, 1, 1, 1, null, null, null), null), NotScorableException.class);
        assertThat(e.reasons()).anySatisfy(reason -> assertThat(reason).startsWith("Risk not assessed: PHQ-9 item 9"));
    }

    @Test
    void core10WithItem6UnansweredIsProratedAndSaysRiskWasNotAssessed() {
        // Answers 2,1,3,2,1,-,3,2,2,1; items 2 and 3 reversed (4-1 = 3, 4-3 = 1): 2+3+1+2+1+3+2+2+1 = 17 over 9
        // answered items, mean 1.888..., x 10 = 18.89 (one item may be missing, CST).
        ScoreResult r = score("core10", answers(2, 1, 3, 2, 1, null, 3, 2, 2, 1));
        assertThat(scoreOf(r, "clinical")).isEqualTo(18.89);
        assertThat(r.unassessedRisks()).singleElement().satisfies(u -> {
            assertThat(u.flag()).isEqualTo("risk-item");
            assertThat(u.items()).containsExactly("6");
            assertThat(u.statement()).startsWith("Risk not assessed: CORE-10 item 6 was not answered");
        });
    }

    @Test
    void coreOmRiskItemsAreEachAssessedOnTheirOwn() {
        // All 34 items 0 but item 9 left out: no risk item endorsed, item 9 not assessed.
        Map<String, Integer> quiet = all(34, 0);
        quiet.remove("9");
        ScoreResult r = score("coreom", quiet);
        assertThat(r.flags()).isEmpty();
        assertThat(r.unassessedRisks()).singleElement().satisfies(u -> {
            assertThat(u.items()).containsExactly("9");
            assertThat(u.fired()).isFalse();
            assertThat(u.statement()).startsWith("Risk not assessed: CORE-OM item 9 was not answered");
        });

        // Item 16 answered 2 fires the flag; items 9 and 34 unanswered are still said to be unassessed.
        Map<String, Integer> endorsed = all(34, 0);
        endorsed.put("16", 2);
        endorsed.remove("9");
        endorsed.remove("34");
        ScoreResult fired = score("coreom", endorsed);
        assertThat(fired.flags()).singleElement().satisfies(f -> assertThat(f.id()).isEqualTo("risk-item"));
        assertThat(fired.unassessedRisks()).singleElement().satisfies(u -> {
            assertThat(u.items()).containsExactly("9", "34");
            assertThat(u.fired()).isTrue();
            assertThat(u.statement()).startsWith("Risk partly assessed: CORE-OM items 9, 34 were not answered");
        });
    }

    @Test
    void theRiskStatementsAreCarriedApartFromTheOtherNotesAndLeadThem() {
        // CORE-OM with only item 16 answered (2): every scale has more items missing than its rule allows (the risk
        // domain none of 6, the others at most 3 of 34 or 1 of 12), so none is scored; item 16 endorsed fires the
        // risk flag; risk items 6, 9, 22, 24 and 34 are unanswered, so the flag is only partly assessed.
        ScoreResult r = score("coreom", new HashMap<>(Map.of("16", 2)));
        String statement = "Risk partly assessed: CORE-OM items 6, 9, 22, 24, 34 were not answered, so what they ask "
                + "about was not assessed; the risk flag (a risk item endorsed) was raised by the items that were "
                + "answered.";
        String noScale = "No scale of CORE-OM could be scored (each scale says why); the answer is given for the flags "
                + "that the answered items decide.";
        assertThat(r.unassessedRisks()).extracting(UnassessedRisk::statement).containsExactly(statement);
        assertThat(r.scoringNotes()).containsExactly(noScale);
        assertThat(r.notes()).containsExactly(statement, noScale);
    }

    @Test
    void aCallersOwnFlagMarkedRiskIsTreatedAlike() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode definition = json.readTree("""
                {"id": "mood3", "abbreviation": "MOOD-3", "name": "Three mood items",
                 "formVersion": "MOOD-3 v1, three items rated 0-3",
                 "licence": {"holder": "Example Clinic", "terms": "Internal use.", "source": "manual"},
                 "sources": [{"id": "manual", "citation": "Example Clinic manual, 2026.", "verification": "primary"}],
                 "responses": {"min": 0, "max": 3, "source": "manual"},
                 "items": [{"id": "1", "label": "low mood"}, {"id": "2", "label": "sleep"},
                           {"id": "3", "label": "hopelessness"}],
                 "scales": [{"id": "total", "name": "MOOD-3 total", "items": ["1", "2", "3"], "aggregation": "sum",
                             "range": {"min": 0, "max": 9}, "direction": "higher-is-worse",
                             "missing": {"maxMissing": 1, "source": "manual"}}],
                 "flags": [{"id": "hopeless", "label": "item 3 endorsed", "meaning": "Ask about hopelessness.",
                            "when": [{"items": ["3"], "atLeast": 1}], "source": "manual", "risk": true}]}""");
        DefinitionReader.Reading reading = DefinitionReader.read(definition);
        assertThat(reading.faults()).isEmpty();
        Map<String, Integer> responses = new HashMap<>(Map.of("1", 2, "2", 1));
        ScoreResult r = Scorer.score(reading.definition(), responses, null);
        // 2 + 1 over 2 answered items, x 3/2 = 4.5.
        assertThat(r.scales().get(0).score()).isEqualByComparingTo("4.5");
        assertThat(r.unassessedRisks()).extracting(UnassessedRisk::items).containsExactly(java.util.List.of("3"));

        ((ObjectNode) definition).putArray("criteria").addObject().put("id", "c").put("label", "c")
                .put("meaning", "m").put("source", "manual").put("risk", true)
                .putArray("when").addObject().put("atLeast", 1).putArray("items").add("1");
        assertThat(DefinitionReader.read(definition).faults())
                .anySatisfy(f -> assertThat(f.pointer()).isEqualTo("/criteria/0/risk"));
    }

    @Test
    void aSeriesGetsTheSameStatementWithoutScoringFlagsAgain() throws Exception {
        InstrumentDefinition phq9 = Scoring.CATALOG.find("phq9").orElseThrow();
        assertThat(Scorer.unassessedRisks(ScoringPlan.of(phq9), answers(2, 3, 1, 2, 1, 1, 2, 0, null), null))
                .extracting(UnassessedRisk::statement)
                .containsExactly(score("phq9", answers(2, 3, 1, 2, 1, 1, 2, 0, null)).unassessedRisks().get(0)
                        .statement());
        assertThat(Scorer.unassessedRisks(ScoringPlan.of(phq9), answers(2, 3, 1, 2, 1, 1, 2, 0, 1), null)).isEmpty();
    }
}
