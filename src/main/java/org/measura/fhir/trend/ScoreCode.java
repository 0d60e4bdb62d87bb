package org.measura.fhir.trend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Scale;
import org.measura.fhir.Canonicals;
import org.measura.fhir.Fhir;
import org.measura.fhir.FhirIssue;

/**
 * What an Observation's code says it is: the score of a built-in scale (by the scale's LOINC code or our own
 * {@code {base}/CodeSystem/scales} code such as phq9-total; where both are given they must agree), one of the other
 * Observations this service writes (flags, criteria, changes, classifications), or neither (a fault).
 */
record ScoreCode(InstrumentDefinition definition, Scale scale, boolean otherOfOurs, FhirIssue fault) {

    boolean isScore() {
        return scale != null;
    }

    static ScoreCode of(CodeableConcept code, String at, InstrumentCatalog catalog, Canonicals canonicals) {
        List<String> otherSystems = List.of(canonicals.flags(), canonicals.criteria(), canonicals.trend());
        Map<String, ScoreCode> scores = new LinkedHashMap<>();
        boolean other = false;
        List<Coding> codings = code.getCoding();
        for (int k = 0; k < codings.size(); k++) {
            Coding coding = codings.get(k);
            if (!coding.hasCode()) {
                continue;
            }
            String value = coding.getCode();
            if (canonicals.scales().equals(coding.getSystem())) {
                ScoreCode found = ours(value, catalog);
                if (found == null) {
                    return fault(IssueType.CODEINVALID, "This code is not one of " + canonicals.scales()
                            + " (its codes are {instrument}-{scale}, such as phq9-total).",
                            at + ".code.coding[" + k + "].code");
                }
                scores.put(found.definition().id() + "/" + found.scale().id(), found);
            } else if (Fhir.LOINC.equals(coding.getSystem())) {
                if (Fhir.LOINC_TREND.equals(value)) {
                    other = true;
                }
                ScoreCode found = loinc(value, catalog);
                if (found != null) {
                    scores.put(found.definition().id() + "/" + found.scale().id(), found);
                }
            } else if (coding.hasSystem() && otherSystems.contains(coding.getSystem())) {
                other = true;
            }
        }
        if (scores.size() > 1) {
            return fault(IssueType.CONFLICT, "The codes of this Observation name more than one scale; a score "
                    + "Observation scores one.", at + ".code");
        }
        if (scores.size() == 1) {
            return scores.values().iterator().next();
        }
        if (other) {
            return new ScoreCode(null, null, true, null);
        }
        return fault(IssueType.CODEINVALID, "This Observation is not a score of a built-in scale: its code has "
                + "neither a scale's LOINC code (such as 44261-6, the PHQ-9 total) nor a code of "
                + canonicals.scales() + " (such as phq9-total).", at + ".code");
    }

    private static ScoreCode ours(String code, InstrumentCatalog catalog) {
        for (InstrumentDefinition d : catalog.all()) {
            for (Scale s : d.scales()) {
                if (code.equals(d.id() + "-" + s.id())) {
                    return new ScoreCode(d, s, false, null);
                }
            }
        }
        return null;
    }

    private static ScoreCode loinc(String code, InstrumentCatalog catalog) {
        for (InstrumentDefinition d : catalog.all()) {
            for (Scale s : d.scales()) {
                if (code.equals(s.loinc())) {
                    return new ScoreCode(d, s, false, null);
                }
            }
        }
        return null;
    }

    private static ScoreCode fault(IssueType type, String diagnostics, String expression) {
        return new ScoreCode(null, null, false, FhirIssue.error(type, diagnostics, expression));
    }
}
