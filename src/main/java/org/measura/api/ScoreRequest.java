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
 * The body of POST /instruments/{id}/scores, read by {@link AdministrationReader} (the reader of every plain-JSON
 * administration) and documented by the same record. {@code faults} holds what could not be read, with JSON
 * Pointers into the body; the other fields are to be used only when there are none.
 */
@Schema(name = "ScoreRequest", description = "One administration of the instrument named in the path.")
@JsonDeserialize(using = ScoreRequest.Reader.class)
public record ScoreRequest(
        @Schema(required = true, description = "Item id (its number on the form) to the value ticked, on the form's printed scale; "
                        + "null or absent = unanswered",
                example = "{\"1\": 2, \"2\": 2, \"3\": 1, \"4\": 2, \"5\": 1, \"6\": 1, \"7\": 2, \"8\": 0, \"9\": 1}")
        Map<String, Integer> responses,
        @Schema(description = "An alternative answer coding declared by the instrument (see its `codings`); "
                + "omit for the instrument's own coding")
        String coding,
        @Schema(description = NORMS_DESCRIPTION, example = "{\"total\": \"de-general-women\"}",
                type = SchemaType.OBJECT, additionalProperties = NormChoice.class)
        Map<String, NormRequest> norms,
        @Schema(description = "An instrument definition sent with the request (its schema: GET /instruments/schema), "
                + "scored instead of a built-in one", type = SchemaType.OBJECT,
                ref = "InstrumentDefinition")
        JsonNode definition,
        @Schema(hidden = true) @JsonIgnore List<FieldError> faults) {

    /** What {@code norms} takes, said once for both request schemas. */
    static final String NORMS_DESCRIPTION = "Norm-referenced scores on request, by scale id: the id of a reference "
            + "sample the definition cites (GET /instruments/{id} lists them under each scale's `norms`), or your "
            + "own sample. Without it a scale has no norm scores.";

    /** A body that is not a JSON object (or none at all). */
    public static ScoreRequest notAnObject() {
        return of(AdministrationReader.notAnObject());
    }

    /** The administration to score, of the instrument the path names. */
    public Administration administration(String instrument) {
        return new Administration(instrument, responses, coding, norms);
    }

    private static ScoreRequest of(AdministrationReader.Read read) {
        return new ScoreRequest(read.responses(), read.coding(), read.norms(), read.definition(), read.faults());
    }

    /** A scale's norm request: a cited sample's id, or the caller's own sample (documentation only). */
    @Schema(name = "NormChoice", description = "The id of a reference sample the definition cites (for example "
            + "de-general-women), or your own sample", oneOf = {String.class, NormSample.class})
    public interface NormChoice {
    }

    /** The caller's own sample, as {@link AdministrationReader} reads it (documentation only). */
    @Schema(name = "NormSample", description = "A reference sample for one scale: its mean and SD in the metric named")
    public record NormSample(
            @Schema(required = true, maxLength = 200, example = "clinic intake sample") String name,
            @Schema(required = true, example = "15") double mean,
            @Schema(required = true, example = "5") double sd,
            @Schema(required = true, description = "What mean and sd describe: the scale's score as reported, the "
                    + "mean of its items, or their sum", enumeration = {"score", "item-mean", "item-sum"})
            String metric) {
    }

    static final class Reader extends AdministrationReader.Binding<ScoreRequest> {
        Reader() {
            super(ScoreRequest.class, AdministrationReader.SCORE_FIELDS, ScoreRequest::of);
        }
    }
}
