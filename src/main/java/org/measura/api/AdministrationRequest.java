package org.measura.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.measura.scoring.Administration;
import org.measura.scoring.NormRequest;

/**
 * An administration that names its instrument (an entry of POST /scores, a line of POST /bulk/scores), read by
 * {@link AdministrationReader} and documented by the same record. {@code faults} holds what could not be read, with
 * JSON Pointers relative to the administration; the other fields are to be used only when there are none.
 */
@Schema(name = "Administration", description = "One administration of any instrument.")
@JsonDeserialize(using = AdministrationRequest.Reader.class)
public record AdministrationRequest(
        @Schema(required = true, description = "Instrument id", example = "phq9") String instrument,
        @Schema(required = true, description = "Item id to the value ticked; null or absent = unanswered")
        Map<String, Integer> responses,
        @Schema(description = "An alternative answer coding declared by the instrument") String coding,
        @Schema(description = ScoreRequest.NORMS_DESCRIPTION, example = "{\"total\": \"de-general-women\"}",
                type = SchemaType.OBJECT, additionalProperties = ScoreRequest.NormChoice.class)
        Map<String, NormRequest> norms,
        @Schema(description = "An inline instrument definition, as in POST /instruments/{id}/scores",
                type = SchemaType.OBJECT, ref = "InstrumentDefinition")
        JsonNode definition,
        @Schema(hidden = true) @JsonIgnore List<FieldError> faults) {

    public Administration administration() {
        return new Administration(instrument, responses, coding, norms);
    }

    static final class Reader extends AdministrationReader.Binding<AdministrationRequest> {
        Reader() {
            super(AdministrationRequest.class, AdministrationReader.ADMINISTRATION_FIELDS,
                    read -> new AdministrationRequest(read.instrument(), read.responses(), read.coding(), read.norms(),
                            read.definition(), read.faults()));
        }
    }
}
