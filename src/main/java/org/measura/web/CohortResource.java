package org.measura.web;

import org.measura.api.Problem;
import org.measura.api.CohortService;
import org.measura.api.CohortRequest;
import org.measura.api.CohortMergeRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.measura.cohorts.CohortReport;
import org.measura.cohorts.ExpectedResponses;

@Path("/cohorts")
@Tag(name = "Cohorts", description = "Service outcomes for a caseload: reliable improvement and recovery rates with "
        + "their intervals, effect sizes, sudden gains and follow-up, per group; exact partials that merge")
public class CohortResource {

    private final CohortService cohorts;

    CohortResource(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    @POST
    @Path("/outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cohortOutcomes", summary = "Service outcomes of a cohort of up to 1,000 clients",
            description = "Each client is the body of POST /trends with an optional `group`. Per measure and scale, "
                    + "for the whole cohort and for each group: clients, clients with a first and a last score, at "
                    + "caseness at the start, who finished (a termination administration, or two or more "
                    + "administrations when no phase is given); reliable improvement, no reliable change and "
                    + "reliable deterioration over those who finished, recovery and reliable recovery (NHS Talking "
                    + "Therapies) over those who finished at caseness, each with its Wilson 95 % interval; the "
                    + "Jacobson–Truax categories as counts; mean and SD at the start and the end, the mean change and "
                    + "the pre–post d with its 95 % interval (Becker 1988); the share with a sudden gain; maintained "
                    + "and relapsed among those with a follow-up; for PHQ-9 with GAD-7, the NHS Talking Therapies "
                    + "paired outcomes; and the position against each benchmark supplied. A client whose course "
                    + "cannot be analysed is counted with its fault. The answer carries the exact `partial` that "
                    + "POST /cohorts/merge combines.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CohortRequest.class),
            examples = @ExampleObject(name = "two-sites", ref = "cohort-outcomes-request",
                    summary = "Three clients at two sites, one of them with a course that cannot be analysed")))
    @APIResponse(responseCode = "200", description = "The cohort's outcomes and its partial",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CohortReport.class),
                    examples = @ExampleObject(name = "two-sites", ref = "cohort-outcomes-result")))
    @APIResponse(responseCode = "400", description = "Not JSON, an unknown field, a wrong type, no clients or more "
            + "than 1,000", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A benchmark that cannot be used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CohortReport outcomes(CohortRequest request) {
        return cohorts.outcomes(request);
    }

    @POST
    @Path("/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeCohortPartials", summary = "Merge cohort partials into the answer for their union",
            description = "Send the `partial` of each cohort answer (from replicas, or from the partitions of any "
                    + "data-processing job) over disjoint sets of clients. The answer is the one POST "
                    + "/cohorts/outcomes gives for all their clients at once, figure for figure, whatever the split "
                    + "and the order, except that unanalysed clients are known by count and kind only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CohortMergeRequest.class),
            examples = @ExampleObject(name = "two-parts", ref = "cohort-merge-request",
                    summary = "The partials of two one-client cohorts")))
    @APIResponse(responseCode = "200", description = "The outcomes of the union and its partial",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CohortReport.class),
                    examples = @ExampleObject(name = "two-parts", ref = "cohort-merge-result")))
    @APIResponse(responseCode = "400", description = "Not JSON, an unknown field, a wrong type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A partial of another format, a negative count, a sum that is "
            + "not an exact decimal, contradicting directions, a benchmark that cannot be used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CohortReport merge(CohortMergeRequest request) {
        return cohorts.merge(request);
    }

    @POST
    @Path("/expected-response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "deriveExpectedResponse",
            summary = "Expected-response curves from a clinic's own cohort",
            description = "Clients as in POST /cohorts/outcomes. For each measure, each baseline severity band and "
                    + "each session number: the clients, mean, SD and the 10th, 25th, 50th, 75th and 90th percentiles "
                    + "of the score (linear interpolation between order statistics, Hyndman & Fan definition 7, said "
                    + "in the answer). A session with fewer clients than measura.cohorts.expected-response."
                    + "minimum-clients (default 10) is left out and listed under `omitted`. Send the curves as "
                    + "`expectedResponse.curves` of POST /trends to set a client's course against them.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CohortRequest.class),
            examples = @ExampleObject(name = "small-clinic", ref = "cohort-expected-response-request",
                    summary = "Ten clients at moderate baseline severity, one at severe")))
    @APIResponse(responseCode = "200", description = "The curves, and the sessions left out",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExpectedResponses.Report.class),
                    examples = @ExampleObject(name = "small-clinic", ref = "cohort-expected-response-result")))
    @APIResponse(responseCode = "400", description = "Not JSON, an unknown field, a wrong type, no clients or more "
            + "than 1,000", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public ExpectedResponses.Report expectedResponse(CohortRequest request) {
        return cohorts.expectedResponse(request);
    }
}
