package org.measura.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.measura.catalog.JsonPointers;
import org.measura.scoring.BuiltInSample;
import org.measura.scoring.NormMetric;
import org.measura.scoring.NormRequest;
import org.measura.scoring.ReferenceSample;

/**
 * The one reader of an administration in plain JSON, for {@link ScoreRequest} (POST /instruments/{id}/scores) and
 * {@link AdministrationRequest} (an entry of POST /scores, a line of POST /bulk/scores): it reads the object from the
 * JSON stream, its item responses through {@link ItemResponses} (as a trend's administrations are read), and keeps
 * every fault with its JSON Pointer (relative to the administration) instead of failing at the first, so that an
 * answer names them all and a batch or stream answers each entry on its own.
 */
final class AdministrationReader {

    /** The fields each request takes are the components of the record that documents it, and no others. */
    static final Set<String> SCORE_FIELDS = fieldsOf(ScoreRequest.class);
    static final Set<String> ADMINISTRATION_FIELDS = fieldsOf(AdministrationRequest.class);
    static final Set<String> SAMPLE_FIELDS = fieldsOf(ScoreRequest.NormSample.class);
    private static final int MAX_NAME = 200;

    /** The fault of a value that is not an object where an administration is expected. */
    static final List<FieldError> NOT_AN_OBJECT = List.of(new FieldError("", "must be a JSON object"));

    private AdministrationReader() {
    }

    /** A record's components but {@code faults} (what reading found wrong, not a field of the request). */
    private static Set<String> fieldsOf(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> !name.equals("faults")).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * An administration as read: {@code instrument} null when absent (or when {@code allowed} has no instrument
     * field), {@code definition} the inline definition as sent (null when the field was not sent), and the faults
     * found; the values are to be used only when there are none (the definition is then an object, or null).
     */
    record Read(String instrument, Map<String, Integer> responses, String coding, Map<String, NormRequest> norms,
            JsonNode definition, List<FieldError> faults) {
    }

    static Read read(JsonParser p, DeserializationContext context, Set<String> allowed) throws IOException {
        if (!p.isExpectedStartObjectToken()) {
            p.skipChildren();
            return notAnObject();
        }
        List<FieldError> errors = new ArrayList<>(0);
        JsonNode instrumentNode = null;
        JsonNode codingNode = null;
        JsonNode normsNode = null;
        JsonNode definition = null;
        ItemResponses responses = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            if (!allowed.contains(name)) {
                errors.add(new FieldError("/" + JsonPointers.escape(name), "is not a field of this request "
                        + "(fields: " + String.join(", ", allowed.stream().sorted().toList()) + ")"));
                p.skipChildren();
                continue;
            }
            switch (name) {
                case "responses" -> responses = value == JsonToken.VALUE_NULL ? null : ItemResponses.read(p);
                case "instrument" -> instrumentNode = context.readTree(p);
                case "coding" -> codingNode = context.readTree(p);
                case "norms" -> normsNode = context.readTree(p);
                default -> definition = context.readTree(p);
            }
        }
        boolean inline = definition != null && definition.isObject();
        if (definition != null && !inline) {
            errors.add(new FieldError("/definition", "must be an instrument definition object "
                    + "(the schema GET /instruments/{id} returns)"));
        }
        String instrument = null;
        if (allowed.contains("instrument")) {
            if (instrumentNode == null || instrumentNode.isNull()) {
                if (!inline) {
                    errors.add(new FieldError("/instrument", "is required: an instrument id such as phq9 "
                            + "(or send its definition inline)"));
                }
            } else if (!instrumentNode.isTextual()) {
                errors.add(new FieldError("/instrument", "must be a string: an instrument id such as phq9"));
            } else {
                instrument = instrumentNode.textValue();
            }
        }
        if (responses == null) {
            errors.add(new FieldError("/responses", "is required: an object of item id to the value ticked"));
        } else {
            errors.addAll(responses.faults("/responses"));
        }
        String coding = null;
        if (codingNode != null && !codingNode.isNull()) {
            if (codingNode.isTextual()) {
                coding = codingNode.textValue();
            } else {
                errors.add(new FieldError("/coding", "must be a string naming one of the instrument's codings"));
            }
        }
        Map<String, NormRequest> norms = norms(normsNode, "/norms", errors);
        return new Read(instrument, responses == null ? null : responses.values(), coding, norms, definition,
                errors.isEmpty() ? List.of() : errors);
    }

    /**
     * Binds an administration's record: reads the fields it takes and builds it from what was read; a JSON null reads
     * as not an object.
     */
    static class Binding<T> extends StdDeserializer<T> {
        private final Set<String> fields;
        private final Function<Read, T> build;

        Binding(Class<T> type, Set<String> fields, Function<Read, T> build) {
            super(type);
            this.fields = fields;
            this.build = build;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
            return build.apply(read(p, context, fields));
        }

        @Override
        public T getNullValue(DeserializationContext context) {
            return build.apply(notAnObject());
        }
    }

    /** What a JSON null, or any value but an object, reads as. */
    static Read notAnObject() {
        return new Read(null, null, null, Map.of(), null, NOT_AN_OBJECT);
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
            Iterator<String> names = sample.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!SAMPLE_FIELDS.contains(name)) {
                    errors.add(new FieldError(sat + "/" + JsonPointers.escape(name), "is not a field of this request "
                            + "(fields: " + String.join(", ", SAMPLE_FIELDS.stream().sorted().toList()) + ")"));
                }
            }
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
