package org.measura.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.measura.catalog.JsonPointers;
import org.measura.scoring.Administration;
import org.measura.scoring.FieldError;
import org.measura.scoring.BuiltInSample;
import org.measura.scoring.NormMetric;
import org.measura.scoring.NormRequest;
import org.measura.scoring.ReferenceSample;

/**
 * Reads administrations from JSON by hand, so that every fault is reported with its JSON Pointer and a batch can
 * answer each entry on its own.
 */
public final class RequestReader {

    static final Set<String> SCORE_FIELDS = Set.of("responses", "coding", "norms", "definition");
    static final Set<String> ADMINISTRATION_FIELDS = Set.of("instrument", "responses", "coding", "norms", "definition");
    private static final Set<String> SAMPLE_FIELDS = Set.of("name", "mean", "sd", "metric");
    private static final int MAX_NAME = 200;

    /** Why item responses cannot be read; {@link ItemResponses} gives the same reasons. */
    static final String RESPONSES_NOT_AN_OBJECT = "must be an object of item id to the value ticked";
    static final String RESPONSE_NOT_WHOLE = "must be a whole number on the form's scale";
    static final String RESPONSE_NOT_A_NUMBER = "must be a number (or null for an unanswered item)";

    private RequestReader() {
    }

    /** Either an administration (with the inline definition, if one was sent) or the faults found. */
    public record Read(Administration administration, JsonNode definition, List<FieldError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * @param instrument the instrument named by the path, or null when the entry names it (or defines it inline)
     */
    public static Read administration(JsonNode node, String at, String instrument) {
        List<FieldError> errors = new ArrayList<>();
        if (node == null || !node.isObject()) {
            errors.add(new FieldError(at, "must be a JSON object"));
            return new Read(null, null, errors);
        }
        unknownFields(node, at, instrument == null ? ADMINISTRATION_FIELDS : SCORE_FIELDS, errors);
        JsonNode definition = node.get("definition");
        if (definition != null && !definition.isObject()) {
            errors.add(new FieldError(at + "/definition", "must be an instrument definition object "
                    + "(the schema GET /instruments/{id} returns)"));
            definition = null;
        }
        String instrumentId = instrument;
        if (instrument == null) {
            JsonNode id = node.get("instrument");
            if (id == null || id.isNull()) {
                if (definition == null) {
                    errors.add(new FieldError(at + "/instrument", "is required: an instrument id such as phq9 "
                            + "(or send its definition inline)"));
                }
            } else if (!id.isTextual()) {
                errors.add(new FieldError(at + "/instrument", "must be a string: an instrument id such as phq9"));
            } else {
                instrumentId = id.textValue();
            }
        }
        Map<String, Integer> responses = responses(node.get("responses"), at + "/responses", errors);
        String coding = null;
        JsonNode codingNode = node.get("coding");
        if (codingNode != null && !codingNode.isNull()) {
            if (codingNode.isTextual()) {
                coding = codingNode.textValue();
            } else {
                errors.add(new FieldError(at + "/coding", "must be a string naming one of the instrument's codings"));
            }
        }
        Map<String, NormRequest> norms = norms(node.get("norms"), at + "/norms", errors);
        return errors.isEmpty()
                ? new Read(new Administration(instrumentId, responses, coding, norms), definition, List.of())
                : new Read(null, null, errors);
    }

    static void unknownFields(JsonNode node, String at, Set<String> allowed, List<FieldError> errors) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                errors.add(new FieldError(at + "/" + JsonPointers.escape(name), "is not a field of this request "
                        + "(fields: " + String.join(", ", allowed.stream().sorted().toList()) + ")"));
            }
        }
    }

    static Map<String, Integer> responses(JsonNode node, String at, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            errors.add(new FieldError(at, "is required: an object of item id to the value ticked"));
            return Map.of();
        }
        if (!node.isObject()) {
            errors.add(new FieldError(at, RESPONSES_NOT_AN_OBJECT));
            return Map.of();
        }
        Map<String, Integer> responses = new LinkedHashMap<>(Math.max(16, node.size() * 2));
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                responses.put(field.getKey(), null);
            } else if (value.isIntegralNumber() && value.canConvertToInt()) {
                responses.put(field.getKey(), value.intValue());
            } else if (value.isFloatingPointNumber() && isWhole(value.doubleValue())) {
                responses.put(field.getKey(), (int) value.doubleValue());
            } else {
                errors.add(new FieldError(at + "/" + JsonPointers.escape(field.getKey()), value.isNumber()
                        ? RESPONSE_NOT_WHOLE : RESPONSE_NOT_A_NUMBER));
            }
        }
        return responses;
    }

    /**
     * A value written with a fraction that is zero ({@code 2.0}, {@code 2e0}) is the whole number it equals, as JSON
     * itself does not tell 2 and 2.0 apart; {@code 2.5} is not whole and stays a fault. Both readers of item
     * responses ({@link ItemResponses} too) use this, so one value reads alike on every endpoint.
     */
    static boolean isWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE;
    }

    private static Map<String, NormRequest> norms(JsonNode node, String at, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            errors.add(new FieldError(at, "must be an object of scale id to a reference sample (its id in the "
                    + "definition, or your own sample)"));
            return Map.of();
        }
        Map<String, NormRequest> norms = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String sat = at + "/" + JsonPointers.escape(field.getKey());
            JsonNode sample = field.getValue();
            if (sample.isTextual() && !sample.textValue().isBlank() && sample.textValue().length() <= MAX_NAME) {
                norms.put(field.getKey(), new BuiltInSample(sample.textValue()));
                continue;
            }
            if (!sample.isObject()) {
                errors.add(new FieldError(sat, "must be the id of a reference sample the definition cites (GET "
                        + "/instruments/{id} lists them under the scale's norms), or your own sample: an object "
                        + "with name, mean, sd and metric"));
                continue;
            }
            int before = errors.size();
            unknownFields(sample, sat, SAMPLE_FIELDS, errors);
            JsonNode name = sample.get("name");
            if (name == null || !name.isTextual() || name.textValue().isBlank() || name.textValue().length() > MAX_NAME) {
                errors.add(new FieldError(sat + "/name", "is required: the sample's name, at most " + MAX_NAME
                        + " characters"));
            }
            Double mean = number(sample.get("mean"), sat + "/mean", errors);
            Double sd = number(sample.get("sd"), sat + "/sd", errors);
            JsonNode metric = sample.get("metric");
            if (metric != null && !metric.isTextual()) {
                errors.add(new FieldError(sat + "/metric", "must be score, item-mean or item-sum"));
            }
            if (errors.size() == before) {
                norms.put(field.getKey(), new ReferenceSample(name.textValue(), mean, sd,
                        metric == null ? null : NormMetric.fromWire(metric.textValue())));
            }
        }
        return norms;
    }

    private static Double number(JsonNode node, String at, List<FieldError> errors) {
        if (node == null || !node.isNumber()) {
            errors.add(new FieldError(at, "is required: a number"));
            return null;
        }
        if (!org.measura.catalog.Figures.admits(node.doubleValue())) {
            errors.add(new FieldError(at, org.measura.catalog.Figures.REASON));
            return null;
        }
        return node.doubleValue();
    }
}
