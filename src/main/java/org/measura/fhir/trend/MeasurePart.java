package org.measura.fhir.trend;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.measura.catalog.EchoRule;
import org.measura.catalog.Figures;
import org.measura.fhir.FhirIssue;
import org.measura.trends.FigureName;
import org.measura.trends.TrendAnalysis;

/**
 * A {@code measure} part of a $trend Parameters body: figures overriding a built-in scale's for this request, as
 * {@code measures} does on POST /trends (the trend use case resolves it, {@link TrendAnalysis#setUp}). Only built-in
 * instruments: a caller's own measure would need score Observations coded in a system of the caller's, which $trend
 * does not read; so there is no direction part either (a built-in scale's direction is the catalog's).
 *
 * @param measure     the part as the trend use case takes it
 * @param figurePaths part name to the FHIRPath of its part, so that a fault can point at it
 */
record MeasurePart(TrendAnalysis.MeasureInput measure, String path, Map<String, String> figurePaths) {

    /** The decimal figures' part names, as the fault for an unknown part lists them. */
    static final List<String> DECIMALS = FigureName.wires(FigureName.decimals());

    /** "instrument/scale", the key the trend engine names series by. */
    String key() {
        return measure.id() + "/" + measure.scale();
    }

    /** @return the part read, or null when it has faults (added to {@code errors}) */
    static MeasurePart read(ParametersParameterComponent part, String at, List<FhirIssue> errors) {
        int before = errors.size();
        String instrument = null;
        String scale = TrendAnalysis.DEFAULT_SCALE;
        Map<FigureName, Double> figures = new EnumMap<>(FigureName.class);
        String comparison = null;
        Boolean inclusive = null;
        Map<String, String> paths = new HashMap<>();
        List<ParametersParameterComponent> parts = part.getPart();
        for (int j = 0; j < parts.size(); j++) {
            ParametersParameterComponent p = parts.get(j);
            String pat = at + ".part[" + j + "]";
            String name = p.getName();
            if (name == null || paths.containsKey(name)) {
                errors.add(FhirIssue.error(IssueType.INVALID, name == null ? "A measure part needs a name."
                        : "The measure part " + EchoRule.shown(name) + " may appear once.", pat + ".name"));
                continue;
            }
            paths.put(name, pat);
            switch (name) {
                case "instrument", "scale" -> {
                    String code = TrendBody.code(p.getValue());
                    if (code == null || code.isBlank()) {
                        errors.add(FhirIssue.error(IssueType.VALUE, "The measure part " + name + " must be a "
                                + "valueCode (an instrument id such as phq9, a scale id such as total).", pat
                                + ".value"));
                    } else if (name.equals("instrument")) {
                        instrument = code;
                    } else {
                        scale = code;
                    }
                }
                default -> {
                    FigureName figure = FigureName.byWire(name).orElse(null);
                    if (figure == null) {
                        errors.add(FhirIssue.error(IssueType.INVALID, "This is not a measure part $trend takes "
                                + "(instrument, scale, " + String.join(", ", DECIMALS) + ", "
                                + FigureName.CUTOFF_COMPARISON.wire() + ", "
                                + FigureName.RELIABLE_CHANGE_INCLUSIVE.wire() + ").", pat + ".name"));
                        continue;
                    }
                    switch (figure.kind()) {
                        case COMPARISON -> comparison = TrendBody.codeOrEmpty(p.getValue());
                        case FLAG -> {
                            if (p.getValue() instanceof BooleanType b && b.getValue() != null) {
                                inclusive = b.getValue();
                            } else {
                                errors.add(FhirIssue.error(IssueType.VALUE, "The measure part " + name + " must "
                                        + "be a valueBoolean.", pat + ".value"));
                            }
                        }
                        case DECIMAL -> {
                            Double value = TrendBody.number(p.getValue());
                            if (value == null) {
                                errors.add(FhirIssue.error(IssueType.VALUE, "The measure part " + name + " must be a "
                                        + "valueDecimal.", pat + ".value"));
                            } else if (!Figures.admits(value)) {
                                errors.add(FhirIssue.error(IssueType.VALUE, "The measure part " + name + " "
                                        + Figures.REASON + ".", pat + ".value"));
                            } else {
                                figures.put(figure, value);
                            }
                        }
                    }
                }
            }
        }
        if (instrument == null && errors.size() == before) {
            errors.add(FhirIssue.error(IssueType.REQUIRED, "A measure part needs an instrument part: the id of the "
                    + "built-in instrument whose figures it overrides, such as phq9.", at));
        }
        if (errors.size() > before) {
            return null;
        }
        return new MeasurePart(new TrendAnalysis.MeasureInput(instrument, scale, null, figures, comparison, inclusive),
                at, Map.copyOf(paths));
    }
}
