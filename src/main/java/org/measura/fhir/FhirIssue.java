package org.measura.fhir;

import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * One OperationOutcome issue. {@code diagnostics} is always written by us and never carries a submitted value;
 * {@code expression} is a FHIRPath to the element concerned, or null.
 */
public record FhirIssue(IssueSeverity severity, IssueType code, String diagnostics, String expression) {

    public static FhirIssue error(IssueType code, String diagnostics, String expression) {
        return new FhirIssue(IssueSeverity.ERROR, code, diagnostics, expression);
    }

    public static FhirIssue warning(IssueType code, String diagnostics, String expression) {
        return new FhirIssue(IssueSeverity.WARNING, code, diagnostics, expression);
    }

    public static FhirIssue information(String diagnostics, String expression) {
        return new FhirIssue(IssueSeverity.INFORMATION, IssueType.INFORMATIONAL, diagnostics, expression);
    }
}
