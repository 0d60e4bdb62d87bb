package org.measura.fhir.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.measura.catalog.InstrumentCatalog;
import org.measura.fhir.CapabilityFactory;
import org.measura.fhir.Fhir;
import org.measura.fhir.FhirDefinitions;
import org.measura.fhir.FhirException;
import org.measura.fhir.QuestionnaireFactory;

/** FHIR R4 over HTTP: the work is done in org.measura.fhir; this class only maps paths and documents them. */
@Path("/fhir")
@Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@Tag(name = "FHIR R4", description = "Questionnaires generated from the built-in definitions, scoring of "
        + "QuestionnaireResponses into Observations, and a client's trend as change Observations. Media type application/fhir+json (application/json is "
        + "accepted too); every error on these paths is an OperationOutcome.")
public class FhirResource {

    private final InstrumentCatalog catalog;
    private final FhirRuntime fhir;

    FhirResource(InstrumentCatalog catalog, FhirRuntime fhir) {
        this.catalog = catalog;
        this.fhir = fhir;
    }

    @GET
    @Path("/metadata")
    @Operation(operationId = "fhirCapabilities", summary = "CapabilityStatement",
            description = "What the FHIR endpoints support: Questionnaire read and search (by url), the "
                    + "QuestionnaireResponse $score operation and the system $trend operation. FHIR R4 (4.0.1), JSON "
                    + "only.")
    @APIResponse(responseCode = "200", description = "CapabilityStatement",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public String metadata() {
        return fhir.json().encode(CapabilityFactory.of(fhir.canonicals(), fhir.definitions(), fhir.started(),
                fhir.version()));
    }

    @GET
    @Path("/Questionnaire")
    @Operation(operationId = "searchQuestionnaires", summary = "Search the Questionnaires",
            description = "A searchset Bundle with one Questionnaire per built-in instrument, or only the one whose "
                    + "canonical URL is `url`. Each is generated from the definition: item texts are our own short "
                    + "labels (never the form's wording), each answer option's valueCoding carries the value printed "
                    + "on the form as its weight (itemWeight and ordinalValue extensions), LOINC codes are given where "
                    + "the definition has them, and the copyright is the definition's licence note.")
    @APIResponse(responseCode = "200", description = "Bundle (searchset) of Questionnaires",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public String search(
            @Parameter(description = "Canonical URL of the Questionnaire (a |version suffix is ignored)",
                    example = "http://localhost:8080/fhir/Questionnaire/phq9") @QueryParam("url") String url) {
        return fhir.json().encode(QuestionnaireFactory.searchset(catalog.all(), fhir.canonicals(), url));
    }

    @GET
    @Path("/Questionnaire/{id}")
    @Operation(operationId = "readQuestionnaire", summary = "Read a Questionnaire",
            description = "The Questionnaire generated from the instrument definition with this id (as GET "
                    + "/instruments lists), with canonical URL {measura.fhir.base-url}/Questionnaire/{id}.")
    @APIResponse(responseCode = "200", description = "Questionnaire",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No instrument has this id",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "unknown", value = FhirExamples.UNKNOWN_QUESTIONNAIRE_RESULT)))
    public String read(@Parameter(description = "Instrument id", example = "phq9") @PathParam("id") String id) {
        return fhir.json().encode(catalog.find(id).map(d -> QuestionnaireFactory.of(d, fhir.canonicals()))
                .orElseThrow(() -> FhirException.of(404, IssueType.NOTFOUND, "There is no Questionnaire with this "
                        + "id" + catalog.didYouMean(id).map(h -> " (" + h + ")").orElse("")
                        + "; GET /fhir/Questionnaire lists them.", null)));
    }

    @GET
    @Path("/OperationDefinition/{id}")
    @Operation(operationId = "readOperationDefinition", summary = "Read an OperationDefinition",
            description = "The definition of $score (id QuestionnaireResponse-score: type level on "
                    + "QuestionnaireResponse) or $trend (id trend: system level): parameters, types, cardinalities, "
                    + "and the return, a Bundle answered as the body itself.")
    @APIResponse(responseCode = "200", description = "OperationDefinition",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No OperationDefinition has this id",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public String operationDefinition(@Parameter(description = "OperationDefinition id",
            example = "QuestionnaireResponse-score") @PathParam("id") String id) {
        return definition(FhirDefinitions.Type.OPERATION_DEFINITION, id);
    }

    @GET
    @Path("/CodeSystem/{id}")
    @Operation(operationId = "readCodeSystem", summary = "Read a CodeSystem",
            description = "One of the code systems our answers use (complete, every code with its display): "
                    + "scales, bands, cutoffs, flags, criteria, criterion-status, items, trend, "
                    + "reliable-change-methods, reliable-change-status, clinical-significance, phase, and "
                    + "{instrument}-answers for instruments with answers LOINC does not code.")
    @APIResponse(responseCode = "200", description = "CodeSystem",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No CodeSystem has this id",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public String codeSystem(@Parameter(description = "CodeSystem id", example = "bands") @PathParam("id") String id) {
        return definition(FhirDefinitions.Type.CODE_SYSTEM, id);
    }

    @GET
    @Path("/ValueSet/{id}")
    @Operation(operationId = "readValueSet", summary = "Read a ValueSet",
            description = "A value set an extension of ours binds: phase (every code of the phase CodeSystem).")
    @APIResponse(responseCode = "200", description = "ValueSet",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No ValueSet has this id",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public String valueSet(@Parameter(description = "ValueSet id", example = "phase") @PathParam("id") String id) {
        return definition(FhirDefinitions.Type.VALUE_SET, id);
    }

    @GET
    @Path("/StructureDefinition/{id}")
    @Operation(operationId = "readStructureDefinition", summary = "Read a StructureDefinition",
            description = "An extension of ours: phase (valueCode) or session (valueInteger), on a "
                    + "QuestionnaireResponse or Observation.")
    @APIResponse(responseCode = "200", description = "StructureDefinition",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No StructureDefinition has this id",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public String structureDefinition(@Parameter(description = "StructureDefinition id", example = "phase")
            @PathParam("id") String id) {
        return definition(FhirDefinitions.Type.STRUCTURE_DEFINITION, id);
    }

    private String definition(FhirDefinitions.Type type, String id) {
        return fhir.json().encode(fhir.definitions().find(type, id).orElseThrow(() -> FhirException.of(404,
                IssueType.NOTFOUND, "There is no " + type.fhirName() + " with this id; GET /fhir/metadata lists "
                        + "what is served.", null)));
    }

    @POST
    @Path("/QuestionnaireResponse/$score")
    @Consumes({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "scoreQuestionnaireResponse", summary = "Score a QuestionnaireResponse into Observations", description = FhirExamples.SCORE_DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = Fhir.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT),
            examples = {
                    @ExampleObject(name = "loinc", summary = "PHQ-9 coded with LOINC linkIds and LOINC answer codes "
                            + "(total 12, moderate, item 9 flag)", value = FhirExamples.LOINC_REQUEST),
                    @ExampleObject(name = "integers", summary = "PHQ-9 with our item ids and plain integers, one "
                            + "item unanswered (prorated to 13.5)", value = FhirExamples.INTEGERS_REQUEST),
                    @ExampleObject(name = "questionnaire", summary = "Parameters: a GAD-7 response whose codes are "
                            + "weighted by the supplied Questionnaire's contained ValueSet, with a wrong stated total",
                            value = FhirExamples.QUESTIONNAIRE_REQUEST),
                    @ExampleObject(name = "out-of-range", summary = "A weight outside the form's 0-3: a 422 "
                            + "OperationOutcome", value = FhirExamples.OUT_OF_RANGE_REQUEST)}))
    @APIResponse(responseCode = "200", description = "Bundle (collection): one Observation per scored scale, one per "
            + "flag that fired and per criterion, then an OperationOutcome with information and warnings",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT),
                    examples = {
                            @ExampleObject(name = "loinc", value = FhirExamples.LOINC_RESULT),
                            @ExampleObject(name = "integers", value = FhirExamples.INTEGERS_RESULT),
                            @ExampleObject(name = "questionnaire", value = FhirExamples.QUESTIONNAIRE_RESULT)}))
    @APIResponse(responseCode = "400", description = "Not JSON, not a FHIR R4 resource, not a QuestionnaireResponse "
            + "or Parameters as described, an invalid FHIR value, no status, or no way to tell the instrument",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "The instrument named, or the questionnaire referenced, is not "
            + "a built-in instrument",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "415", description = "The body is not application/fhir+json or application/json",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "422", description = "Unmatched linkIds, values or weights off the form's scale, "
            + "codes without a known weight, a response entered in error, or no scale scorable",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "out-of-range", value = FhirExamples.OUT_OF_RANGE_RESULT)))
    public String score(String body) {
        return fhir.json().encode(fhir.scoring().score(fhir.json().parse(body)));
    }

    @POST
    @Path("/$trend")
    @Consumes({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "fhirTrend", summary = "Trend analysis of a client's QuestionnaireResponses and score Observations",
            description = FhirTrendDocs.DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = Fhir.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT),
            examples = {
                    @ExampleObject(name = "course", ref = "fhir-trend-course-request",
                            summary = "PHQ-9: an earlier score Observation (baseline) and three QuestionnaireResponses "
                                    + "(treatment, termination, follow-up) with phase and session extensions"),
                    @ExampleObject(name = "parameters", ref = "fhir-trend-parameters-request",
                            summary = "Parameters: two GAD-7 score Observations, Jacobson–Truax chosen, with the "
                                    + "clinic's reference SD and reliability in a measure part"),
                    @ExampleObject(name = "mixed-subjects", ref = "fhir-trend-mixed-subjects-request",
                            summary = "Entries of two clients: a 422 OperationOutcome")}))
    @APIResponse(responseCode = "200", description = "Bundle (collection): the score Observations, one change "
            + "Observation per comparison, follow-up and NHS Talking Therapies findings, then an OperationOutcome",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT),
                    examples = {
                            @ExampleObject(name = "course", ref = "fhir-trend-course-result"),
                            @ExampleObject(name = "parameters", ref = "fhir-trend-parameters-result")}))
    @APIResponse(responseCode = "400", description = "Not JSON, not a Bundle or Parameters as described, an empty "
            + "Bundle, more than 500 entries, an entry without a resource, a missing or partial date, a malformed "
            + "phase or session extension, an unknown option",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "415", description = "The body is not application/fhir+json or application/json",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "422", description = "Entries of more than one subject, an unknown instrument or "
            + "code, a value off the scale, responses that cannot be scored, ties, two terminations, a chosen method "
            + "without its figures",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "mixed-subjects", ref = "fhir-trend-mixed-subjects-result")))
    public String trend(String body) {
        return fhir.json().encode(fhir.trends().analyse(fhir.json().parse(body)));
    }
}
