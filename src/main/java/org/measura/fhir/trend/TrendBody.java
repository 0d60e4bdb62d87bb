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
import org.measura.trends.CutoffType;
import org.measura.trends.ReliableChangeMethod;
import org.measura.trends.TrendOptions;

/**
 * What $trend was given: the Bundle of one client's entries and, from a Parameters body, the options and the
 * measure parts overriding a catalog scale's figures. Each option keeps its FHIRPath so that a fault can point at it.
 *
 * @param optionPaths engine option field (e.g. {@code options/criticalValue}) to the FHIRPath of its value
 */
record TrendBody(Bundle bundle, String bundlePath, TrendOptions options, Map<String, String> optionPaths,
        List<MeasurePart> measures) {

    static final List<String> PARAMETERS = List.of("bundle", "method", "criticalValue", "cutoffType", "measure");

    /** @throws FhirException (400) when the body is neither a Bundle nor Parameters as documented */
    static TrendBody from(Resource body) {
        if (body instanceof Bundle bundle) {
            return new TrendBody(bundle, "Bundle", TrendOptions.defaults(), Map.of(), List.of());
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
        TrendOptions options = TrendOptions.defaults();
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
                    String code = code(part.getValue());
                    try {
                        options = options.withMethod(ReliableChangeMethod.fromWire(code));
                        optionPaths.put("options/method", at + ".value");
                    } catch (IllegalArgumentException e) {
                        errors.add(FhirIssue.error(IssueType.VALUE, "The method parameter is a valueCode that "
                                + e.getMessage() + ".", at + ".value"));
                    }
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
                        options = options.withCriticalValue(value);
                        optionPaths.put("options/criticalValue", at + ".value");
                    }
                }
                case "cutoffType" -> {
                    String code = code(part.getValue());
                    try {
                        options = options.withCutoffType(CutoffType.fromWire(code));
                        optionPaths.put("options/cutoffType", at + ".value");
                    } catch (IllegalArgumentException e) {
                        errors.add(FhirIssue.error(IssueType.VALUE, "The cutoffType parameter is a valueCode that "
                                + e.getMessage() + ".", at + ".value"));
                    }
                }
                default -> {
                    MeasurePart measure = MeasurePart.read(part, at, errors);
                    if (measure != null) {
                        measures.add(measure);
                    }
                }
            }
        }
        if (bundle == null && errors.isEmpty()) {
            errors.add(FhirIssue.error(IssueType.REQUIRED, "The bundle parameter is required: the Bundle of the "
                    + "client's QuestionnaireResponses and score Observations.", "Parameters.parameter"));
        }
        if (!errors.isEmpty()) {
            throw new FhirException(400, errors);
        }
        return new TrendBody(bundle, bundlePath, options, Map.copyOf(optionPaths), List.copyOf(measures));
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
