package org.measura.web;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.measura.trends.TrendDigest;
import org.measura.api.Problem;
import org.measura.api.TrendRequest;
import org.measura.api.TrendService;
import org.measura.trends.TrendReport;

@Path("/trends")
@Tag(name = "Trends", description = "A client's scores over time: reliable and clinically significant change, "
        + "trajectory, sudden gains, and whether gains hold after therapy ends")
public class TrendResource {

    private final TrendService trends;

    TrendResource(TrendService trends) {
        this.trends = trends;
    }

    /** Scoring and the trend engine are pure computation (well under a millisecond for 100 administrations). */
    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "analyseTrend", summary = "Compare a client's administrations over time",
            description = "Send up to 500 administrations of one client in any order, each with `instrument`, `date`, "
                    + "optional `session` and `phase` (baseline, treatment, termination, follow-up), and either item "
                    + "`responses` (scored as POST /instruments/{id}/scores does) or already computed `scores`. "
                    + "For every scale the answer gives the series (date, session, phase, score, band); comparisons "
                    + "baseline→latest, baseline→termination, termination→each follow-up and previous→latest with "
                    + "raw and percent change and reliable change with its provenance (method, index, threshold or "
                    + "SD and reliability used, their sources, critical value); clinical significance (the cut-off "
                    + "used and how it was derived; recovered, improved, unchanged, deteriorated or harmed, "
                    + "direction-aware); the trajectory (least-squares and Theil–Sen slopes per week); sudden gains "
                    + "and losses (Tang & DeRubeis, with the stability test adjusted for missing sessions); "
                    + "follow-up (maintained, relapse, durable recovery, post-termination gain); PHQ-9 response and "
                    + "remission; and, when PHQ-9 and GAD-7 totals are both present, the NHS Talking Therapies paired "
                    + "classification. Every classification comes with a plain-language sentence. "
                    + "The default reliable-change method is Jacobson–Truax where the figures exist, else the "
                    + "definition's published threshold, and the answer says which was used and why; a method chosen "
                    + "in `options` whose figures are missing is a 422 naming them. `measures` defines a caller's own "
                    + "measures (for licensed or local scales) or overrides a catalog scale's figures for this "
                    + "request. `expectedResponse` sets each scale's course against curves from POST "
                    + "/cohorts/expected-response (or the clinic's own): per session the expected median and bands for "
                    + "the client's baseline band, the position and a status (on track; at risk past the 75th "
                    + "percentile on the worse side; not on track past the 90th; the thresholds are options), the "
                    + "first session off track and a sentence for each. Ties (two administrations of one scale on the same date and session), two "
                    + "terminations and impossible dates are problems, never guesses. One administration gives a "
                    + "series and no comparisons, said plainly. Each scale's `summary` opens with its verdict in "
                    + "words (\"Recovered at termination: 20 → 3, a reliable improvement below the cut-off 10.\"). "
                    + "`detail=summary` answers the compact form instead: per scale the verdict, the latest point, "
                    + "each comparison's figures, category and sentence, the trajectory, sudden-change and "
                    + "follow-up sentences and classifications, without the series or every figure's provenance.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TrendRequest.class),
            examples = {
                    @ExampleObject(name = "full-course", ref = "trend-full-course-request",
                            summary = "PHQ-9, GAD-7 and DSQ-40 factors from baseline through termination and two follow-ups"),
                    @ExampleObject(name = "own-measure", ref = "trend-own-measure-request",
                            summary = "A clinic's own licensed measure with its published figures (Jacobson–Truax)"),
                    @ExampleObject(name = "score-out-of-range", summary = "A PHQ-9 total of 30, off its 0-27 scale: "
                            + "a 422 problem", value = ApiExamples.TREND_OUT_OF_RANGE_REQUEST),
                    @ExampleObject(name = "expected-response", ref = "trend-expected-response-request",
                            summary = "A PHQ-9 course against the clinic's expected response for its baseline band")}))
    @APIResponse(responseCode = "200", description = "One trend per scale, and the paired NHS Talking Therapies outcome",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = {TrendReport.class, TrendDigest.class}),
                    examples = {
                            @ExampleObject(name = "full-course", ref = "trend-full-course-result"),
                            @ExampleObject(name = "own-measure", ref = "trend-own-measure-result"),
                            @ExampleObject(name = "expected-response", ref = "trend-expected-response-result")}))
    @APIResponse(responseCode = "400", description = "Not JSON, an unknown field, a wrong type, an impossible date, "
            + "more than 500 administrations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown-field", summary = "A field this request does not have",
                            value = ApiExamples.TREND_UNKNOWN_FIELD_PROBLEM)))
    @APIResponse(responseCode = "422", description = "Unknown instrument or measure, a score outside its scale, "
            + "ties, a chosen method without its figures",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "score-out-of-range", value = ApiExamples.TREND_OUT_OF_RANGE_PROBLEM)))
    public Object analyse(TrendRequest request,
            @Parameter(description = "full (the default): everything; summary: verdicts, key figures and "
                    + "explanations per scale, without the series",
                    schema = @Schema(enumeration = {"full", "summary"}))
            @QueryParam("detail")
            String detail) {
        TrendDetail wanted = TrendDetail.fromQuery(detail);
        TrendReport report = trends.analyse(request);
        return wanted == TrendDetail.SUMMARY ? TrendDigest.of(report) : report;
    }
}
