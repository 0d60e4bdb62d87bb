package org.measura.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;

public final class Outcomes {
    private Outcomes() {
    }

    public static OperationOutcome of(List<FhirIssue> issues) {
        OperationOutcome outcome = new OperationOutcome();
        for (FhirIssue issue : issues) {
            OperationOutcome.OperationOutcomeIssueComponent c = outcome.addIssue()
                    .setSeverity(issue.severity())
                    .setCode(issue.code())
                    .setDiagnostics(issue.diagnostics());
            if (issue.expression() != null) {
                c.addExpression(issue.expression());
            }
        }
        return Narratives.of(outcome);
    }
}
