package org.measura.fhir;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * Short generated narratives (FHIR asks every resource for one, so that a person can read it without the code): one
 * sentence built from what the resource already says, never from anything the caller sent but our own codes' texts.
 */
public final class Narratives {
    private Narratives() {
    }

    public static void set(DomainResource resource, String sentence) {
        XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        div.addTag("p").addText(sentence);
        resource.setText(new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED).setDiv(div));
    }

    /** "PHQ-9 total: 12 (moderate)." */
    public static Observation of(Observation o) {
        StringBuilder text = new StringBuilder(o.getCode().hasText() ? o.getCode().getText()
                : o.getCode().getCodingFirstRep().getDisplay());
        text.append(": ").append(o.hasValue() ? value(o.getValue()) : "no value");
        if (o.hasInterpretation() && o.getInterpretationFirstRep().hasText()) {
            text.append(" (").append(o.getInterpretationFirstRep().getText()).append(')');
        }
        set(o, text.append('.').toString());
        return o;
    }

    /** The first issue (the summary or the first error), and how many follow. */
    public static OperationOutcome of(OperationOutcome outcome) {
        int n = outcome.getIssue().size();
        String first = n == 0 ? "No issues." : outcome.getIssueFirstRep().getDiagnostics();
        set(outcome, n <= 1 ? first : first + " (" + (n - 1) + " more issue" + (n == 2 ? "" : "s") + " below.)");
        return outcome;
    }

    private static String value(Type value) {
        if (value instanceof IntegerType i) {
            return i.getValueAsString();
        }
        if (value instanceof Quantity q) {
            return q.getValue().toPlainString();
        }
        if (value instanceof BooleanType b) {
            return Boolean.TRUE.equals(b.getValue()) ? "yes" : "no";
        }
        if (value instanceof CodeableConcept c) {
            return c.hasText() ? c.getText() : c.getCodingFirstRep().getDisplay();
        }
        return value.primitiveValue();
    }
}
