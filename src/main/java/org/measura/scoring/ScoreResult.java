package org.measura.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScoreResult(
        InstrumentRef instrument,
        String coding,
        List<ScaleResult> scales,
        List<FiredFlag> flags,
        List<UnassessedRisk> unassessedRisks,
        List<CriterionResult> criteria,
        ProfileResult profile,
        List<String> notes) {

    public record InstrumentRef(String id, String abbreviation, String name, String formVersion) {
    }
}
