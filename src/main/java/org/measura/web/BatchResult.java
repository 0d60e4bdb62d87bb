package org.measura.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.measura.api.Problem;
import org.measura.scoring.ScoreResult;

@Schema(name = "BatchResult", description = "One entry per administration, in the order sent.")
public record BatchResult(List<Entry> results) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BatchEntry", description = "Either `result` or `problem`, with the administration's index.")
    public record Entry(int index, ScoreResult result, Problem problem) {
    }
}
