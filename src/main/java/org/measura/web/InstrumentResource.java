package org.measura.web;

import io.smallrye.common.annotation.Blocking;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.measura.api.Problem;
import org.measura.api.ProblemType;
import org.measura.api.ScoreRequest;
import org.measura.api.ScoringService;
import org.measura.catalog.DefinitionSchema;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.InstrumentDefinition;
import org.measura.scoring.ScoreResult;

/**
 * Every operation but the schema works on data in memory and never blocks, so it runs on the event loop.
 */
@Path("/instruments")
@Produces(MediaType.APPLICATION_JSON)
@NonBlocking
@Tag(name = "Instruments", description = "The built-in questionnaires and scoring of one administration")
public class InstrumentResource {

    static final String SCHEMA_MEDIA_TYPE = "application/schema+json";

    private final InstrumentCatalog catalog;
    private final ScoringService scoring;

    InstrumentResource(InstrumentCatalog catalog, ScoringService scoring) {
        this.catalog = catalog;
        this.scoring = scoring;
    }

    @GET
    @Path("/schema")
    @Produces({SCHEMA_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getDefinitionSchema", summary = "Get the JSON Schema of an instrument definition",
            description = "The JSON Schema (2020-12) that GET /instruments/{id} answers with and that an inline "
                    + "`definition` sent to POST /instruments/{id}/scores or POST /scores must follow. It is "
                    + "generated from the records the service reads definitions into. The schema covers shape; the "
                    + "consistency rules (ids that exist, bands without gaps or overlaps, ranges the items can "
                    + "produce, every figure citing a source, size limits) are checked when a definition is read, "
                    + "and each fault comes back as a 422 problem with a JSON Pointer into the definition.")
    @APIResponse(responseCode = "200", description = "JSON Schema 2020-12",
            content = @Content(mediaType = SCHEMA_MEDIA_TYPE,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)))
    @Blocking
    public ObjectNode schema() {
        return GeneratedSchema.DEFINITION;
    }

    /**
     * Generated on the first request for it, on a worker thread: generation takes seconds on a cold JVM, and no
     * scoring request needs it, so it is kept off start-up and off the event loop.
     */
    private static final class GeneratedSchema {
        static final ObjectNode DEFINITION = DefinitionSchema.generate();
    }

    @GET
    @Operation(operationId = "listInstruments", summary = "List the built-in instruments",
            description = "One summary per instrument: id, name, form version, number of items, scales with their "
                    + "range and direction, and the licence note. Use the id with GET /instruments/{id} for the whole "
                    + "definition and with POST /instruments/{id}/scores to score.")
    @APIResponse(responseCode = "200", description = "The catalog",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InstrumentSummary.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
                    examples = @ExampleObject(name = "catalog", ref = "instruments-list")))
    public List<InstrumentSummary> list() {
        return catalog.all().stream().map(InstrumentSummary::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInstrument", summary = "Get an instrument's whole definition",
            description = "Everything the service scores with: items (number on the form and a short label of our "
                    + "own, never the item wording), response values, reverse-keyed items, scales with aggregation, "
                    + "range and direction, missing-item rules, severity bands, cut-offs, item flags, reliable-change "
                    + "thresholds, reliability and norms, and LOINC codes where verified. Every figure names an entry "
                    + "of `sources`, whose `verification` says whether the primary source was read.")
    @APIResponse(responseCode = "200", description = "The definition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InstrumentDefinition.class),
                    examples = @ExampleObject(name = "phq9", ref = "phq9-definition")))
    @APIResponse(responseCode = "404", description = "No instrument has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiExamples.UNKNOWN_INSTRUMENT_PROBLEM)))
    public InstrumentDefinition get(@Parameter(description = "Instrument id", example = "phq9") @PathParam("id") String id) {
        return scoring.instrument(id, null, ProblemType.UNKNOWN_INSTRUMENT);
    }

    @POST
    @Path("/{id}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scoreAdministration", summary = "Score one administration",
            description = "Send the answers by item id (the item's number on the form) with the value ticked on the "
                    + "form's printed scale. A null value or an absent item is unanswered. Each scale is scored, "
                    + "prorated or left unscored as its published missing-item rule says; a scale that cannot be "
                    + "scored carries `notScoredReason`. Scores are reported to two decimal places and bands and "
                    + "cut-offs are read from the reported score; prorated scores are not rounded to whole numbers. "
                    + "`flags` lists item rules that fired (for example PHQ-9 item 9 above 0); `criteria` lists rules "
                    + "such as a provisional-diagnosis rule as met, not-met or undetermined. `norms` asks for "
                    + "norm-referenced scores (z, T, percentile) per scale: the id of a reference sample the definition "
                    + "cites (GET /instruments/{id} lists them under each scale's norms) or the caller's own sample; "
                    + "without it there are none. `coding` names an alternative answer coding the instrument declares (for example the PhenX/LOINC coding of the "
                    + "K6). When no scale can be scored but a flag fired or a criterion is decided, the answer gives "
                    + "them (with every scale's `notScoredReason` and a note); when nothing can be reported it is a "
                    + "422 problem.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScoreRequest.class),
            examples = {
                    @ExampleObject(name = "phq9", summary = "PHQ-9, all items answered (total 12, moderate, item 9 flag)",
                            value = ApiExamples.PHQ9_REQUEST),
                    @ExampleObject(name = "phq9-norms", summary = "The same answers placed against a reference "
                            + "sample the definition cites, named by its id",
                            value = ApiExamples.PHQ9_NORMS_REQUEST),
                    @ExampleObject(name = "phq9-prorated", summary = "PHQ-9 with item 9 unanswered (prorated to 13.5), placed against a clinic's own reference sample",
                            value = ApiExamples.PHQ9_PRORATED_REQUEST),
                    @ExampleObject(name = "out-of-range", summary = "A value off the form's 0-3 scale: a 422 problem",
                            value = ApiExamples.OUT_OF_RANGE_REQUEST),
                    @ExampleObject(name = "gad7", summary = "GAD-7 (id gad7): total 8, mild, at the NHS Talking "
                            + "Therapies caseness cut-off 8", value = ApiExamples.GAD7_REQUEST),
                    @ExampleObject(name = "core10", summary = "CORE-10 (id core10): items 2 and 3 reversed, mean 1.4 "
                            + "x 10 = clinical score 14, mild", value = ApiExamples.CORE10_REQUEST),
                    @ExampleObject(name = "dsq40", summary = "DSQ-40 (id dsq40): 20 defenses and the mature 6, "
                            + "neurotic 5 and immature 4 factor means", value = ApiExamples.DSQ40_REQUEST)}))
    @APIResponse(responseCode = "200", description = "Scores",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreResult.class),
                    examples = {
                            @ExampleObject(name = "phq9", value = ApiExamples.PHQ9_RESULT),
                            @ExampleObject(name = "phq9-norms", value = ApiExamples.PHQ9_NORMS_RESULT),
                            @ExampleObject(name = "phq9-prorated", value = ApiExamples.PHQ9_PRORATED_RESULT),
                            @ExampleObject(name = "gad7", value = ApiExamples.GAD7_RESULT),
                            @ExampleObject(name = "core10", value = ApiExamples.CORE10_RESULT),
                            @ExampleObject(name = "dsq40", value = ApiExamples.DSQ40_RESULT)}))
    @APIResponse(responseCode = "400", description = "The body is not JSON or does not match the schema",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown-field", summary = "A field this request does not have",
                            value = ApiExamples.UNKNOWN_FIELD_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No instrument has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiExamples.UNKNOWN_INSTRUMENT_PROBLEM)))
    @APIResponse(responseCode = "422", description = "Unknown item, value off the form's scale, unknown coding, "
            + "or no scale scorable under its missing-item rule with no flag fired and no criterion decided",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "out-of-range", value = ApiExamples.OUT_OF_RANGE_PROBLEM)))
    public ScoreResult score(@Parameter(description = "Instrument id (GET /instruments lists them)", examples = {
            @ExampleObject(name = "phq9", value = "phq9"), @ExampleObject(name = "gad7", value = "gad7"),
            @ExampleObject(name = "core10", value = "core10"), @ExampleObject(name = "dsq40", value = "dsq40")})
            @PathParam("id") String id,
            ScoreRequest body) {
        ScoreRequest request = body == null ? ScoreRequest.notAnObject() : body;
        InstrumentDefinition builtIn = request.definition() == null
                ? scoring.instrument(id, null, ProblemType.UNKNOWN_INSTRUMENT) : null;
        ScoringService.requireReadable(request.faults(), "");
        InstrumentDefinition definition = builtIn != null ? builtIn
                : scoring.definitionFor(request.definition(), id, "", ProblemType.UNKNOWN_INSTRUMENT);
        return scoring.score(definition, request.administration(id), "");
    }
}
