package org.measura.fhir.trend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.measura.fhir.FhirException;
import org.measura.fhir.FhirIssue;
import org.measura.trends.TrendAnalysis;

/**
 * What $trend was given: the Bundle of one client's entries and, from a Parameters body, the options as sent and the
 * measure parts overriding a catalog scale's figures (the trend use case reads and checks both,
 * {@link TrendAnalysis#setUp}). Each option keeps its FHIRPath so that a fault can point at it.
 *
 * @param optionPaths engine option field (e.g. {@code options/criticalValue}) to the FHIRPath of its value
 * @param errors      the faults of the body's form found here (parts unknown, repeated or of the wrong type)
 */
record TrendBody(Bundle bundle, String bundlePath, TrendAnalysis.OptionsInput options, Map<String, String> optionPaths,
        List<MeasurePart> measures, List<FhirIssue> errors) {

    static final List<String> PARAMETERS = List.of("bundle", "method", "criticalValue", "cutoffType", "measure");

    /** @throws FhirException (400) when the body is neither a Bundle nor Parameters */
    static TrendBody from(Resource body) {
        if (body instanceof Bundle bundle) {
            return new TrendBody(bundle, "Bundle", null, Map.of(), List.of(), List.of());
        }
        if (body instanceof Parameters parameters) {
            return fromParameters(parameters);
        }
        throw FhirException.of(400, IssueType.INVALID, "$trend takes a Bundle of one client's "
                + "QuestionnaireResponses and score Observations, or a Parameters resource with the parts bundle, "
                + "method, criticalValue, cutoffType and measure.", null);
    }

    private static TrendBody fromParameters(Parameters parameters) {
        Bundle bundle = null;
        String bundlePath = null;
        String method = null;
        Double criticalValue = null;
        String cutoffType = null;
        Map<String, String> optionPaths = new HashMap<>();
        List<MeasurePart> measures = new ArrayList<>();
        List<FhirIssue> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ParametersParameterComponent> parts = parameters.getParameter();
        for (int i = 0; i < parts.size(); i++) {
            ParametersParameterComponent part = parts.get(i);
            String at = "Parameters.parameter[" + i + "]";
            String name = part.getName();
            if (name == null || !PARAMETERS.contains(name)) {
                errors.add(FhirIssue.error(IssueType.INVALID, "This parameter is not one $trend takes (it takes "
                        + String.join(", ", PARAMETERS) + ").", at + ".name"));
                continue;
            }
            if (!name.equals("measure") && !seen.add(name)) {
                errors.add(FhirIssue.error(IssueType.INVALID, "The parameter " + name + " may appear once.",
                        at + ".name"));
                continue;
            }
            switch (name) {
                case "bundle" -> {
                    if (part.getResource() instanceof Bundle b) {
                        bundle = b;
                        bundlePath = at + ".resource";
                    } else {
                        errors.add(FhirIssue.error(IssueType.INVALID, "The bundle parameter must hold a Bundle in "
                                + "resource.", at));
                    }
                }
                case "method" -> {
                    method = codeOrEmpty(part.getValue());
                    optionPaths.put("options/method", at + ".value");
                }
                case "criticalValue" -> {
                    Double value = number(part.getValue());
                    if (value == null) {
                        errors.add(FhirIssue.error(IssueType.VALUE, "The criticalValue parameter must be a "
                                + "valueDecimal, such as 1.96.", at + ".value"));
                    } else if (!org.measura.catalog.Figures.admits(value)) {
                        errors.add(FhirIssue.error(IssueType.VALUE, "The criticalValue parameter "
                                + org.measura.catalog.Figures.REASON + ".", at + ".value"));
                    } else {
                        criticalValue = value;
                        optionPaths.put("options/criticalValue", at + ".value");
                    }
                }
                case "cutoffType" -> {
                    cutoffType = codeOrEmpty(part.getValue());
                    optionPaths.put("options/cutoffType", at + ".value");
                }
                default -> {
                    MeasurePart measure = MeasurePart.read(part, at, errors);
                    if (measure != null) {
                        measures.add(measure);
                    }
                }
            }
        }
        return new TrendBody(bundle, bundlePath, new TrendAnalysis.OptionsInput(method, criticalValue, cutoffType,
                null, null, null, null), Map.copyOf(optionPaths), List.copyOf(measures), List.copyOf(errors));
    }

    /**
     * The faults of form found here and those the trend use case found in the options and measure parts
     * ({@code more}), or the missing bundle when there are none; a 400 when there is any.
     */
    void requireReadable(List<FhirIssue> more) {
        List<FhirIssue> all = new ArrayList<>(errors);
        all.addAll(more);
        if (bundle == null && all.isEmpty()) {
            all.add(FhirIssue.error(IssueType.REQUIRED, "The bundle parameter is required: the Bundle of the "
                    + "client's QuestionnaireResponses and score Observations.", "Parameters.parameter"));
        }
        if (!all.isEmpty()) {
            throw new FhirException(400, all);
        }
    }

    /** A valueCode or valueString; a value of any other type is read as the empty code, which names nothing. */
    static String codeOrEmpty(Type value) {
        String code = code(value);
        return code == null ? "" : code;
    }

    /** A valueCode or valueString, else null. */
    static String code(Type value) {
        if (value instanceof CodeType c) {
            return c.getValue();
        }
        if (value instanceof StringType s) {
            return s.getValue();
        }
        return null;
    }

    /** A valueDecimal or valueInteger, else null. */
    static Double number(Type value) {
        if (value instanceof DecimalType d && d.getValue() != null) {
            return d.getValue().doubleValue();
        }
        if (value instanceof IntegerType i && i.getValue() != null) {
            return i.getValue().doubleValue();
        }
        return null;
    }
}
