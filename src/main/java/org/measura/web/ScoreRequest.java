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
        @Schema(description = "Reference samples of the caller's own, by scale id: the score is placed against each "
                + "(z, T, percentile) beside the definition's norms")
        Map<String, NormSample> norms,
        @Schema(description = "An instrument definition sent with the request (its schema: GET /instruments/schema), "
                + "scored instead of a built-in one")
        InstrumentDefinition definition) {

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
