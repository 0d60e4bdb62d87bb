package org.measura.fhir.trend;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.measura.fhir.Canonicals;
import org.measura.fhir.FhirIssue;
import org.measura.trends.AdministrationChecks;
import org.measura.trends.FieldReason;
import org.measura.trends.Phase;

/**
 * Where an administration sits in the course of therapy, from two extensions of our own on the response or score
 * Observation: {@code {base}/StructureDefinition/phase} (valueCode baseline, treatment, termination or follow-up)
 * and {@code {base}/StructureDefinition/session} (valueInteger, 0 or more; gaps are missed sessions). Both are
 * optional; without them the engine's defaults apply (the earliest administration is the baseline).
 *
 * @param phasePath   FHIRPath of the phase extension, or null
 * @param sessionPath FHIRPath of the session extension, or null
 */
record Course(Phase phase, Integer session, String phasePath, String sessionPath) {

    static final Course NONE = new Course(null, null, null, null);

    /**
     * Faults in the extensions' form go to {@code shape} (400), a negative session to {@code semantic} (422); the phase
     * and session are checked as every course checks them ({@link AdministrationChecks}).
     *
     * @param index the entry's index in the Bundle, the administration's number in the course
     */
    static Course read(DomainResource resource, int index, String path, Canonicals canonicals, List<FhirIssue> shape,
            List<FhirIssue> semantic) {
        Phase phase = null;
        Integer session = null;
        String phasePath = null;
        String sessionPath = null;
        List<Extension> extensions = resource.getExtension();
        for (int i = 0; i < extensions.size(); i++) {
            Extension e = extensions.get(i);
            String at = path + ".extension[" + i + "]";
            if (canonicals.phaseExtension().equals(e.getUrl())) {
                if (phasePath != null) {
                    shape.add(FhirIssue.error(IssueType.STRUCTURE, "The phase extension may appear once.", at));
                    continue;
                }
                phasePath = at;
                List<FieldReason> faults = new ArrayList<>();
                // a value that is no code is read as the empty code, which names no phase
                phase = AdministrationChecks.phase(index,
                        e.getValue() instanceof CodeType c && c.getValue() != null ? c.getValue() : "", faults);
                for (FieldReason f : faults) {
                    shape.add(FhirIssue.error(IssueType.VALUE, "The phase extension is a valueCode that " + f.reason()
                            + ".", at + ".value"));
                }
            } else if (canonicals.sessionExtension().equals(e.getUrl())) {
                if (sessionPath != null) {
                    shape.add(FhirIssue.error(IssueType.STRUCTURE, "The session extension may appear once.", at));
                    continue;
                }
                sessionPath = at;
                if (!(e.getValue() instanceof IntegerType n) || n.getValue() == null) {
                    shape.add(FhirIssue.error(IssueType.VALUE, "The session extension must be a valueInteger: the "
                            + "therapy session number.", at + ".value"));
                } else {
                    List<FieldReason> faults = new ArrayList<>();
                    session = AdministrationChecks.session(index, n.getValue(), faults);
                    for (FieldReason f : faults) {
                        semantic.add(FhirIssue.error(IssueType.VALUE, "The session number must be 0 or more.",
                                at + ".value"));
                    }
                }
            }
        }
        return new Course(phase, session, phasePath, sessionPath);
    }

    /** Carries the phase and session over to an Observation written from the administration. */
    void writeTo(DomainResource resource, Canonicals canonicals) {
        if (phase != null) {
            resource.addExtension(canonicals.phaseExtension(), new CodeType(phase.wire()));
        }
        if (session != null) {
            resource.addExtension(canonicals.sessionExtension(), new IntegerType(session));
        }
    }
}
