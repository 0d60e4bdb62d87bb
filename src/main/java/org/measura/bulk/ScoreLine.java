package org.measura.bulk;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.measura.api.Problem;
import org.measura.scoring.ScoreResult;

/** One answer line of POST /bulk/scores. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BulkScoreLine", description = "The answer to one input line: its `line` number (from 1) and either "
        + "`result` (as POST /instruments/{id}/scores returns) or `problem`.")
public record ScoreLine(@Schema(example = "1") long line, ScoreResult result, Problem problem) {
}
