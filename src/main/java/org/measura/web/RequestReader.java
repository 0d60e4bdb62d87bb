package org.measura.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.measura.scoring.Administration;
import org.measura.scoring.FieldError;

/**
 * Reads administrations from JSON by hand, so that every fault is reported with its JSON Pointer and a batch can
 * answer each entry on its own.
 */
final class RequestReader {

    static final Set<String> SCORE_FIELDS = Set.of("responses", "coding");
    static final Set<String> ADMINISTRATION_FIELDS = Set.of("instrument", "responses", "coding");

    private RequestReader() {
    }

    /** The result of reading: either an administration or the faults found. */
    record Read(Administration administration, List<FieldError> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * @param instrument the instrument named by the path, or null when the entry must name it
     */
    static Read administration(JsonNode node, String at, String instrument) {
        List<FieldError> errors = new ArrayList<>();
        if (node == null || !node.isObject()) {
            errors.add(new FieldError(at, "must be a JSON object"));
            return new Read(null, errors);
        }
        Set<String> allowed = instrument == null ? ADMINISTRATION_FIELDS : SCORE_FIELDS;
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                errors.add(new FieldError(at + "/" + JsonPointers.escape(name), "is not a field of this request "
                        + "(fields: " + String.join(", ", allowed.stream().sorted().toList()) + ")"));
            }
        }
        String instrumentId = instrument;
        if (instrument == null) {
            JsonNode id = node.get("instrument");
            if (id == null || id.isNull()) {
                errors.add(new FieldError(at + "/instrument", "is required: an instrument id such as phq9"));
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
        return errors.isEmpty() ? new Read(new Administration(instrumentId, responses, coding), List.of())
                : new Read(null, errors);
    }

    private static Map<String, Integer> responses(JsonNode node, String at, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            errors.add(new FieldError(at, "is required: an object of item id to the value ticked"));
            return Map.of();
        }
        if (!node.isObject()) {
            errors.add(new FieldError(at, "must be an object of item id to the value ticked"));
            return Map.of();
        }
        Map<String, Integer> responses = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            String pointer = at + "/" + JsonPointers.escape(field.getKey());
            if (value.isNull()) {
                responses.put(field.getKey(), null);
            } else if (value.isIntegralNumber() && value.canConvertToInt()) {
                responses.put(field.getKey(), value.intValue());
            } else if (value.isNumber()) {
                errors.add(new FieldError(pointer, "must be a whole number on the form's scale"));
            } else {
                errors.add(new FieldError(pointer, "must be a number (or null for an unanswered item)"));
            }
        }
        return responses;
    }
}
