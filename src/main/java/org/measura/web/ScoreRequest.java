package org.measura.web;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoreRequest", description = "One administration of the instrument named in the path.")
public record ScoreRequest(
        @Schema(required = true, description = "Item id (its number on the form) to the value ticked, on the form's "
                + "printed scale; null or absent = unanswered",
                example = "{\"1\": 2, \"2\": 2, \"3\": 1, \"4\": 2, \"5\": 1, \"6\": 1, \"7\": 2, \"8\": 0, \"9\": 1}")
        Map<String, Integer> responses,
        @Schema(description = "An alternative answer coding declared by the instrument (see its `codings`); "
                + "omit for the instrument's own coding")
        String coding) {
}
