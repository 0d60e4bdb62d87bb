package org.measura.fhir.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.measura.fault.FaultCode;
import org.measura.fhir.Canonicals;
import org.measura.fhir.FhirIssue;
import org.measura.trends.FieldReason;
import org.measura.trends.RefusalKind;

/**
 * The trend use case's refusals as OperationOutcome issues located in the request: a reason about administrations
 * points at the Bundle entry (and its phase or session extension), a reason about a measure entry or a figure at the
 * measure part (and its part) that sets it, a reason about an option at the Parameters part. The issue type follows
 * the fault's code and location, never its wording. Reasons about entries are worded here, because the engine's own
 * words quote the dates and session numbers sent.
 */
final class TrendFaults {

    private TrendFaults() {
    }

    /**
     * @param labels         series key ("phq9/total") to its label
     * @param measures       the measure parts, in the order the use case numbers them
     * @param administrations entry index to the administration read from it
     */
    static List<FhirIssue> of(List<FieldReason> reasons, TrendBody body, Map<String, String> labels,
            List<MeasurePart> measures, Map<Integer, Administration> administrations, Canonicals canonicals) {
        List<FhirIssue> issues = new ArrayList<>();
        for (FieldReason r : reasons) {
            String label = r.scale() == null ? null : labels.getOrDefault(r.scale(), r.scale());
            if (r.at() != null) {
                issues.add(entries(r, label, administrations, canonicals));
            } else if (r.option() != null) {
                issues.add(FhirIssue.error(IssueType.VALUE, r.ofForm()
                        ? "The " + r.option().wire() + " parameter is a valueCode that " + r.reason() + "."
                        : "The option " + r.option().wire() + " " + r.reason() + ".",
                        body.optionPaths().get(r.field())));
            } else if (r.scale() == null && r.measure() != null) {
                issues.add(measureEntry(r, measures.get(r.measure().index())));
            } else if (r.scale() != null) {
                MeasurePart measure = r.measure() == null ? null : measures.get(r.measure().index());
                String at = measure == null ? chosen(r, body) : measure.figurePaths().getOrDefault(r.field(),
                        measure.path());
                issues.add(FhirIssue.error(r.code() == FaultCode.REQUIRED ? IssueType.REQUIRED : IssueType.VALUE,
                        label + ": " + r.field() + " " + r.reason() + (measure == null
                                ? " (send it in a measure part of a Parameters body)" : "") + ".", at));
            } else {
                issues.add(FhirIssue.error(IssueType.BUSINESSRULE, (r.field() == null ? "" : r.field() + " ")
                        + r.reason() + ".", null));
            }
        }
        return issues;
    }

    /**
     * A fault of a measure part as sent (FHIR has no direction part and no measure of the caller's own, so no fault of
     * a direction arises here): at the part, or at the value of its part the fault is about.
     */
    private static FhirIssue measureEntry(FieldReason r, MeasurePart measure) {
        return switch (r.measure().field()) {
            case ID -> FhirIssue.error(type(r.code()), "The measure part instrument " + r.reason() + ": a measure part "
                    + "overrides a built-in scale's figures (GET /fhir/Questionnaire lists the instruments).",
                    measure.figurePaths().get("instrument") + ".value");
            case SCALE -> FhirIssue.error(type(r.code()), "The measure part scale " + r.reason() + ".",
                    measure.figurePaths().containsKey("scale") ? measure.figurePaths().get("scale") + ".value"
                            : measure.path());
            case FIGURE -> FhirIssue.error(type(r.code()), "The measure part " + r.field() + " is a valueCode that "
                    + r.reason() + ".", measure.figurePaths().get(r.field()) + ".value");
            case ENTRY -> FhirIssue.error(type(r.code()), "The measure part " + r.reason()
                    + (r.code() == FaultCode.DUPLICATE ? "; give each scale's figures once." : "."), measure.path());
            default -> FhirIssue.error(type(r.code()), "The measure part " + r.field() + " " + r.reason() + ".",
                    measure.path());
        };
    }

    /** The status of a refusal of the trend use case, as POST /trends answers it (docs/fhir.md). */
    static int status(RefusalKind kind) {
        return switch (kind) {
            case FORM -> 400;
            case CONTENT -> 422;
        };
    }

    /** The issue type of a fault of the request as sent, by its code. */
    static IssueType type(FaultCode code) {
        return switch (code) {
            case REQUIRED -> IssueType.REQUIRED;
            case INVALID -> IssueType.VALUE;
            case UNKNOWN -> IssueType.NOTFOUND;
            case CONFLICT -> IssueType.BUSINESSRULE;
            case DUPLICATE -> IssueType.DUPLICATE;
            case TOO_MANY -> IssueType.TOOCOSTLY;
        };
    }

    /** A figure missing for a method or cut-off type chosen in the options: point at that option. */
    private static String chosen(FieldReason r, TrendBody body) {
        return r.chosenBy() == null ? null : body.optionPaths().get("options/" + r.chosenBy().wire());
    }

    private static FhirIssue entries(FieldReason r, String label, Map<Integer, Administration> administrations,
            Canonicals canonicals) {
        List<String> paths = r.at().administrations().stream().map(i -> administrations.get(i).path()).toList();
        Administration first = administrations.get(r.at().first());
        String others = String.join(" and ", paths.subList(1, paths.size()));
        String prefix = label == null ? "" : label + ": ";
        return switch (r.at().field()) {
            case ADMINISTRATION -> FhirIssue.error(IssueType.BUSINESSRULE, prefix + "this entry and " + others
                    + " give a score on the same date and for the same session (or both without one), so which one "
                    + "counts cannot be decided. Send one, or tell them apart with the session extension ("
                    + canonicals.sessionExtension() + ").", paths.get(0));
            case SESSION -> FhirIssue.error(IssueType.BUSINESSRULE, prefix + "the session numbers of this entry "
                    + "and " + others + " contradict their dates (one session on two dates, or a later session "
                    + "dated earlier).", located(first, first == null ? null : first.course().sessionPath(),
                            paths.get(0)));
            case PHASE -> FhirIssue.error(IssueType.BUSINESSRULE, prefix + paths.size() + " entries are marked "
                    + "termination (this one and " + others + "); at most one may be.",
                    located(first, first == null ? null : first.course().phasePath(), paths.get(0)));
            default -> FhirIssue.error(IssueType.BUSINESSRULE, prefix + r.field() + " " + r.reason() + ".",
                    paths.get(0));
        };
    }

    private static String located(Administration administration, String path, String fallback) {
        return administration == null || path == null ? fallback : path;
    }
}
