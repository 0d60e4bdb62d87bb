package org.measura.scoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * One administration scored. What a clinician must read about unassessed risk ({@code unassessedRisks}, each with its
 * statement) is carried apart from the other notes on how the answers were read ({@code scoringNotes}); the answer's
 * {@code notes} puts the risk statements first, then the others (see {@link #notes()}).
 *
 * @param scoringNotes the notes besides the risk statements (unscored items, skip and not-applicable rules, no scale
 *                     scored), in the order the scoring wrote them; null when there are none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScoreResult(
        InstrumentRef instrument,
        String coding,
        List<ScaleResult> scales,
        List<FiredFlag> flags,
        List<UnassessedRisk> unassessedRisks,
        List<CriterionResult> criteria,
        ProfileResult profile,
        @JsonIgnore List<String> scoringNotes) {

    /**
     * The notes as the answer shows them: each unassessed risk's statement first, in the definition's order, then the
     * scoring notes; null when there are neither.
     */
    @JsonProperty("notes")
    public List<String> notes() {
        if (unassessedRisks == null || unassessedRisks.isEmpty()) {
            return scoringNotes;
        }
        List<String> notes = new ArrayList<>(unassessedRisks.size()
                + (scoringNotes == null ? 0 : scoringNotes.size()));
        unassessedRisks.forEach(r -> notes.add(r.statement()));
        if (scoringNotes != null) {
            notes.addAll(scoringNotes);
        }
        return notes;
    }

    public record InstrumentRef(String id, String abbreviation, String name, String formVersion) {
    }
}
