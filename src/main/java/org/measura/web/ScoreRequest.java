package org.measura.web;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.measura.catalog.InstrumentDefinition;

@Schema(name = "ScoreRequest", description = "One administration of the instrument named in the path.")
public record ScoreRequest(
        @Schema(required = true, description = "Item id (its number on the form) to the value ticked, on the form's "
                + "printed scale; null or absent = unanswered",
                example = "{\"1\": 2, \"2\": 2, \"3\": 1, \"4\": 2, \"5\": 1, \"6\": 1, \"7\": 2, \"8\": 0, \"9\": 1}")
        Map<String, Integer> responses,
        @Schema(description = "An alternative answer coding declared by the instrument (see its `codings`); "
                + "omit for the instrument's own coding")
        String coding,
        @Schema(description = NORMS_DESCRIPTION, example = "{\"total\": \"de-general-women\"}")
        Map<String, NormChoice> norms,
        @Schema(description = "An instrument definition sent with the request (its schema: GET /instruments/schema), "
                + "scored instead of a built-in one")
        InstrumentDefinition definition) {

    /** What {@code norms} takes, said once for both request schemas. */
    static final String NORMS_DESCRIPTION = "Norm-referenced scores on request, by scale id: the id of a reference "
            + "sample the definition cites (GET /instruments/{id} lists them under each scale's `norms`), or your "
            + "own sample. Without it a scale has no norm scores.";

    /** A scale's norm request: a cited sample's id, or the caller's own sample (documentation only). */
    @Schema(name = "NormChoice", description = "The id of a reference sample the definition cites (for example "
            + "de-general-women), or your own sample", oneOf = {String.class, NormSample.class})
    public interface NormChoice {
    }

    @Schema(name = "NormSample", description = "A reference sample for one scale: its mean and SD in the metric named")
    public record NormSample(
            @Schema(required = true, maxLength = 200, example = "clinic intake sample") String name,
            @Schema(required = true, example = "15") double mean,
            @Schema(required = true, example = "5") double sd,
            @Schema(required = true, description = "What mean and sd describe: the scale's score as reported, the "
                    + "mean of its items, or their sum", enumeration = {"score", "item-mean", "item-sum"})
            String metric) {
    }
}
