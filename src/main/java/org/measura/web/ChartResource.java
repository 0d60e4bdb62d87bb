package org.measura.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.measura.api.Problem;
import org.measura.api.ProblemType;
import org.measura.api.TrendRequest;
import org.measura.api.TrendService;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.Scale;
import org.measura.charts.ChartSize;
import org.measura.charts.Course;
import org.measura.charts.CourseCharts;
import org.measura.charts.ScalePanel;
import org.measura.charts.Sessions;
import org.measura.trends.ExpectedResponseTrack;
import org.measura.trends.ScaleTrend;
import org.measura.trends.TalkingTherapiesOutcome;
import org.measura.trends.TrendReport;

@Path(ChartResource.PATH)
@Tag(name = "Trends")
public class ChartResource {

    static final String PATH = "/trends/chart";
    static final String SVG = "image/svg+xml";
    static final String PNG = "image/png";
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.valueOf(SVG), MediaType.valueOf(PNG))
            .build();

    private final TrendService trends;
    private final InstrumentCatalog catalog;

    ChartResource(TrendService trends, InstrumentCatalog catalog) {
        this.trends = trends;
        this.catalog = catalog;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({SVG, PNG})
    @Operation(operationId = "drawTrendChart", summary = "Draw a client's course as SVG or PNG",
            description = "Takes the same body as POST /trends and draws what it finds: one panel per scale (scales "
                    + "of one instrument that share a range and have no severity bands share a panel, e.g. the three "
                    + "DSQ-40 factors on one 1–9 axis), all sharing one x axis: by date (`axis=date`, the default; "
                    + "broken after termination when the first follow-up is further away than treatment lasted, the "
                    + "follow-up period then drawn at a smaller time scale) or by session number (`axis=session`, "
                    + "follow-ups after a marked break). Each panel shows the scores, the severity bands of the "
                    + "definition as shaded regions labelled on an axis to the right, the clinical cut-off used as a "
                    + "dashed line, the band of no reliable change around the baseline score (baseline ± the "
                    + "reliable-change threshold, when the method gives one), termination as a vertical line, the "
                    + "follow-up period shaded, missed sessions (session numbers missing from the request) shaded, "
                    + "sudden gains and losses as labelled arrows, and, when the body sends `expectedResponse` curves, "
                    + "the expected response for the client's baseline band behind the scores (the 25th to 75th "
                    + "percentile shaded, the median dashed). **Better is up on every panel of one scale**: "
                    + "the score axis of a lower-is-better scale (PHQ-9, GAD-7) is inverted, so improvement always "
                    + "rises; each panel says so in its header, with the cut-off and the reliable-change band. All "
                    + "text is dark on white (contrast at least 4.5:1) and no line crosses a label. Colours are from "
                    + "the Okabe–Ito palette and every element also differs in line style, shape or label. The SVG "
                    + "carries a `<title>` and a `<desc>` that say the course in words (the sentences of POST "
                    + "/trends), `role=\"img\"`, and groups with ids and classes: `series-{instrument}-{scale}`, "
                    + "`band-{instrument}-{scale}-{band}`, `cutoff-{instrument}-{scale}`, `reliable-change-…`, "
                    + "`termination-…`, `follow-up-…`, `missed-session-…-{session}`, `axis-break-…`, "
                    + "`sudden-gain-…-{n}`, `sudden-loss-…-{n}`. Choose the format with `Accept` (SVG by default). "
                    + "A body POST /trends refuses gets the same problem here.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TrendRequest.class),
            examples = @ExampleObject(name = "full-course", ref = "trend-full-course-request",
                    summary = "PHQ-9 and GAD-7 from baseline through termination and two follow-ups")))
    @APIResponse(responseCode = "200", description = "The chart",
            content = {
                    @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "As POST /trends; or a size out of bounds, a `scales` entry "
            + "that names no scale of the request, more than 12 panels, an `axis` other than `date` or `session`, "
            + "or `axis=session` with an administration before follow-up that has no `session`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown-field", summary = "A field this request does not have",
                            value = ApiExamples.TREND_UNKNOWN_FIELD_PROBLEM)))
    @APIResponse(responseCode = "406", description = "`Accept` names neither image/svg+xml nor image/png",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "As POST /trends; or no administration gave a score "
            + "(not-scorable)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "score-out-of-range", summary = "A PHQ-9 total of 30, off its "
                            + "0-27 scale", value = ApiExamples.TREND_OUT_OF_RANGE_PROBLEM)))
    public Response draw(TrendRequest body,
            @Parameter(description = "Width in pixels, " + ChartSize.MIN_WIDTH + " to " + ChartSize.MAX_WIDTH
                    + "; default " + ChartSize.DEFAULT_WIDTH,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "" + ChartSize.MIN_WIDTH,
                            maximum = "" + ChartSize.MAX_WIDTH))
            @QueryParam("width") String width,
            @Parameter(description = "Height in pixels, " + ChartSize.MIN_HEIGHT + " to " + ChartSize.MAX_HEIGHT
                    + "; default 190 + 250 per panel",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "" + ChartSize.MIN_HEIGHT,
                            maximum = "" + ChartSize.MAX_HEIGHT))
            @QueryParam("height") String height,
            @Parameter(description = "Comma-separated scales to draw, in this order: instrument/scale, or an "
                    + "instrument for all its scales; default every scale of the request (at most 12)",
                    example = "phq9/total,gad7/total")
            @QueryParam("scales") String scales,
            @Parameter(description = "The x axis: `date` (the default; broken after termination when the first "
                    + "follow-up is further away than treatment lasted) or `session` (session numbers, follow-ups "
                    + "after a marked break; every administration before follow-up needs its `session`)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"date", "session"},
                            defaultValue = "date"))
            @QueryParam("axis") String axis,
            @Context Request negotiation) {
        ChartParameters parameters = ChartParameters.read(width, height, scales, axis);
        TrendReport report = trends.analyse(body);
        if (report.scales().isEmpty()) {
            throw ProblemType.NOT_SCORABLE.exception("No administration gave a score, so there is nothing to draw; "
                    + "POST /trends answers the same body with a note per administration saying why.");
        }
        List<ScaleTrend> selected = parameters.select(report);
        TalkingTherapiesOutcome pair = bothDrawn(selected) ? report.talkingTherapies() : null;
        Course course = new Course(selected.stream().map(trend -> panel(trend, report)).toList(),
                Sessions.of(report.scales()), pair);
        ChartParameters.checkPanelCount(course.panelCount());
        parameters.checkSessions(course.unnumberedAdministrations());
        ChartSize size = parameters.size(course.panelCount());
        Variant variant = negotiation.selectVariant(VARIANTS);
        boolean png = variant != null && PNG.equals(variant.getMediaType().toString());
        byte[] image = png ? CourseCharts.png(course, parameters.axis(), size)
                : CourseCharts.svg(course, parameters.axis(), size);
        return Response.ok(image, png ? PNG : SVG).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    private ScalePanel panel(ScaleTrend trend, TrendReport report) {
        Scale scale = catalog.find(trend.instrumentId()).flatMap(d -> d.scale(trend.scaleId())).orElse(null);
        ExpectedResponseTrack expected = report.expectedResponse() == null ? null : report.expectedResponse().stream()
                .filter(t -> trend.instrumentId().equals(t.instrument()) && trend.scaleId().equals(t.scale()))
                .findFirst().orElse(null);
        return scale == null ? new ScalePanel(trend, List.of(), null, expected)
                : new ScalePanel(trend, scale.bands(), scale.range(), expected);
    }

    /** The NHS Talking Therapies sentence belongs in the description only when both of its scales are drawn. */
    private static boolean bothDrawn(List<ScaleTrend> selected) {
        return selected.stream().anyMatch(t -> "phq9".equals(t.instrumentId()) && "total".equals(t.scaleId()))
                && selected.stream().anyMatch(t -> "gad7".equals(t.instrumentId()) && "total".equals(t.scaleId()));
    }
}
