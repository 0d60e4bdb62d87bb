package org.measura.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** A request refused with an OperationOutcome and an HTTP status. No stack trace: it is an answer, not a failure. */
public class FhirException extends RuntimeException {
    private final int status;
    private final transient List<FhirIssue> issues;

    public FhirException(int status, List<FhirIssue> issues) {
        super("FHIR request refused", null, false, false);
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one issue");
        }
        this.status = status;
        this.issues = List.copyOf(issues);
    }

    public static FhirException of(int status, IssueType code, String diagnostics, String expression) {
        return new FhirException(status, List.of(FhirIssue.error(code, diagnostics, expression)));
    }

    public int status() {
        return status;
    }

    public List<FhirIssue> issues() {
        return issues;
    }
}
