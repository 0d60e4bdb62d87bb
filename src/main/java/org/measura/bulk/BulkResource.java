package org.measura.bulk;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.measura.api.Problem;
import org.measura.cohorts.CohortReport;

/**
 * Streams: the body is read line by line on a worker thread (the read waits for the sender) while answers are written
 * back, so neither the input nor the output is ever held whole. These are the only paths that take chunked bodies and
 * bodies over the 1 MiB request limit.
 */
@Path("/bulk")
@Tag(name = "Bulk", description = "Population-level scoring and trends as NDJSON streams, one answer per line")
public class BulkResource {

    public static final String NDJSON = "application/x-ndjson";

    private final BulkScoring scoring;
    private final BulkTrends trends;
    private final BulkCohorts cohorts;
    private final BulkShutdown shutdown;

    BulkResource(BulkScoring scoring, BulkTrends trends, BulkCohorts cohorts, BulkShutdown shutdown) {
        this.scoring = scoring;
        this.trends = trends;
        this.cohorts = cohorts;
        this.shutdown = shutdown;
    }

    @POST
    @Path("/scores")
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @Operation(operationId = "streamScores", summary = "Score a stream of administrations (NDJSON)",
            description = "One administration per line, shaped as an entry of POST /scores (`instrument`, "
                    + "`responses`, optional `coding`, `norms` or inline `definition`). The answer streams back one "
                    + "line per input line, in order, as soon as each is ready: `{\"line\": n, \"result\": ...}` with "
                    + "the result POST /instruments/{id}/scores gives, or `{\"line\": n, \"problem\": ...}` for that "
                    + "line alone (pointers lead into the line). A malformed line, or one longer than "
                    + "measura.bulk.max-line-length (1 MiB), is its own problem and the stream goes on; blank lines "
                    + "are skipped but counted. The body may be chunked and of any length: neither it nor the answer "
                    + "is ever held in memory whole. The status is 200 once the stream is readable. If the service "
                    + "shuts down during the stream, the stream stops between two lines and its last line is a "
                    + "`/problems/shutting-down` problem whose `line` is the first line not read.")
    @RequestBody(required = true, content = @Content(mediaType = NDJSON,
            schema = @Schema(type = SchemaType.STRING, description = "One JSON administration per line"),
            examples = @ExampleObject(name = "mixed", summary = "A PHQ-9, a GAD-7, an unknown instrument, a broken line",
                    ref = "bulk-scores-request")))
    @APIResponse(responseCode = "200", description = "One BulkScoreLine per input line, in order",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = ScoreLine.class),
                    examples = @ExampleObject(name = "mixed", ref = "bulk-scores-result")))
    @APIResponse(responseCode = "415", description = "The body is not application/x-ndjson",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StreamingOutput scores(InputStream body) {
        return out -> scoring.stream(body, out, shutdown);
    }

    @POST
    @Path("/trends")
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @Operation(operationId = "streamTrends", summary = "Trends for a stream of clients (NDJSON)",
            description = "One client's trend request per line, shaped as the body of POST /trends "
                    + "(`administrations`, optional `measures` and `options`). The answer streams back one line per "
                    + "input line, in order: `{\"line\": n, \"result\": ...}` with the report POST /trends gives, or "
                    + "`{\"line\": n, \"problem\": ...}` for that line alone. A malformed line, or one longer than "
                    + "measura.bulk.max-line-length (1 MiB), is its own problem and the stream goes on; blank lines "
                    + "are skipped but counted. The body may be chunked and of any length. If the service shuts down "
                    + "during the stream, its last line is a `/problems/shutting-down` problem whose `line` is the "
                    + "first line not read.")
    @RequestBody(required = true, content = @Content(mediaType = NDJSON,
            schema = @Schema(type = SchemaType.STRING, description = "One JSON trend request per line"),
            examples = @ExampleObject(name = "two-clients", summary = "One client's PHQ-9 course, a client with two "
                    + "scores on one date, a broken line", ref = "bulk-trends-request")))
    @APIResponse(responseCode = "200", description = "One BulkTrendLine per input line, in order",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = TrendLine.class),
                    examples = @ExampleObject(name = "two-clients", ref = "bulk-trends-result")))
    @APIResponse(responseCode = "415", description = "The body is not application/x-ndjson",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StreamingOutput trends(InputStream body) {
        return out -> trends.stream(body, out, shutdown);
    }

    @POST
    @Path("/cohorts")
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "streamCohortOutcomes",
            summary = "Service outcomes of a cohort of any size (NDJSON in, one answer at the end)",
            description = "One client per line, shaped as an entry of `clients` in POST /cohorts/outcomes "
                    + "(`administrations`, optional `measures`, `options` and `group`). The answer comes once, at the "
                    + "end of the stream: the cohort answer POST /cohorts/outcomes gives, with its exact `partial` "
                    + "for POST /cohorts/merge (benchmarks are set there). A line that is malformed, too long "
                    + "(measura.bulk.max-line-length) or cannot be analysed is a client counted with its fault, "
                    + "named by its line number (the first 1,000 listed, the rest counted by kind); blank lines are "
                    + "skipped. Memory holds one line and the exact tallies, whatever the stream's length.")
    @RequestBody(required = true, content = @Content(mediaType = NDJSON,
            schema = @Schema(type = SchemaType.STRING, description = "One JSON client course per line"),
            examples = @ExampleObject(name = "three-clients", summary = "Two clients' PHQ-9 courses and a broken "
                    + "line", ref = "bulk-cohorts-request")))
    @APIResponse(responseCode = "200", description = "The cohort's outcomes and its partial",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CohortReport.class),
                    examples = @ExampleObject(name = "three-clients", ref = "bulk-cohorts-result")))
    @APIResponse(responseCode = "415", description = "The body is not application/x-ndjson",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StreamingOutput cohorts(InputStream body) {
        return out -> cohorts.stream(body, out);
    }
}
