package org.measura.bulk;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.measura.api.Problem;
import org.measura.trends.TrendReport;

/** One answer line of POST /bulk/trends. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BulkTrendLine", description = "The answer to one input line: its `line` number (from 1) and either "
        + "`result` (as POST /trends returns) or `problem`.")
public record TrendLine(@Schema(example = "1") long line, TrendReport result, Problem problem) {
}
