package org.measura.fhir.web;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.measura.api.ProblemDialect;
import org.measura.fhir.Fhir;
import org.measura.fhir.FhirIssue;
import org.measura.fhir.Outcomes;

/**
 * Errors met before a FHIR operation runs (no such path, wrong method or media type, body too large) are answered on
 * /fhir paths as OperationOutcomes with the status the plain API uses, instead of problem+json.
 */
@Singleton
public class FhirProblems implements ProblemDialect {

    private final FhirRuntime fhir;

    FhirProblems(FhirRuntime fhir) {
        this.fhir = fhir;
    }

    @Override
    public boolean owns(String path) {
        return isFhirPath(path);
    }

    public static boolean isFhirPath(String path) {
        return path != null && (path.equals("/fhir") || path.startsWith("/fhir/"));
    }

    @Override
    public String mediaType() {
        return Fhir.MEDIA_TYPE;
    }

    @Override
    public Response respond(int status, boolean malformed, String detail) {
        return fhir.outcome(status, List.of(issue(status, malformed, detail)));
    }

    @Override
    public String json(int status, String detail) {
        return fhir.json().encode(Outcomes.of(List.of(issue(status, false, detail))));
    }

    /** The issue an error of this status is told with on /fhir paths (also the OpenAPI document's examples). */
    public static FhirIssue issue(int status, boolean malformed, String detail) {
        return switch (status) {
            case 400 -> FhirIssue.error(malformed ? IssueType.STRUCTURE : IssueType.INVALID, detail, null);
            case 404 -> FhirIssue.error(IssueType.NOTFOUND, "There is no resource at this path; GET /fhir/metadata "
                    + "lists what this server supports.", null);
            case 405 -> FhirIssue.error(IssueType.NOTSUPPORTED, "This path does not accept this method; GET "
                    + "/fhir/metadata lists the interactions supported.", null);
            case 406 -> FhirIssue.error(IssueType.NOTSUPPORTED, "This server answers application/fhir+json (or "
                    + "application/json).", null);
            case 413 -> FhirIssue.error(IssueType.TOOCOSTLY, detail, null);
            case 429 -> FhirIssue.error(IssueType.THROTTLED, detail, null);
            case 415 -> FhirIssue.error(IssueType.NOTSUPPORTED, "Send the body as application/fhir+json (or "
                    + "application/json).", null);
            case 500 -> FhirIssue.error(IssueType.EXCEPTION, "The service could not complete the request.", null);
            case 503 -> FhirIssue.error(IssueType.TRANSIENT, detail, null);
            default -> FhirIssue.error(IssueType.PROCESSING, detail == null ? "The request failed." : detail, null);
        };
    }
}
