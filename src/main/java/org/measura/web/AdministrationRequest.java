package org.measura.web;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.measura.catalog.InstrumentDefinition;

@Schema(name = "Administration", description = "One administration of any instrument.")
public record AdministrationRequest(
        @Schema(required = true, description = "Instrument id", example = "phq9") String instrument,
        @Schema(required = true, description = "Item id to the value ticked; null or absent = unanswered")
        Map<String, Integer> responses,
        @Schema(description = "An alternative answer coding declared by the instrument") String coding,
        @Schema(description = ScoreRequest.NORMS_DESCRIPTION, example = "{\"total\": \"de-general-women\"}")
        Map<String, ScoreRequest.NormChoice> norms,
        @Schema(description = "An inline instrument definition, as in POST /instruments/{id}/scores")
        InstrumentDefinition definition) {
}
