package org.measura.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads definitions strictly: an unknown field, a missing number or a wrong type is a fault, never a silent
 * default. The same reader serves built-in files and definitions sent inline by callers.
 */
public final class DefinitionReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .addModule(Figures.module())
            .build();

    private DefinitionReader() {
    }

    /** Parses and validates; the result holds either the definition or its faults. */
    public static Reading read(InputStream json) throws IOException {
        return read(MAPPER.readTree(json));
    }

    public static Reading read(JsonNode json) {
        InstrumentDefinition definition;
        try {
            definition = MAPPER.treeToValue(json, InstrumentDefinition.class);
        } catch (JsonMappingException e) {
            return new Reading(null, List.of(new DefinitionFault(JsonPointers.of(e), reasonOf(e))));
        } catch (JsonProcessingException e) {
            return new Reading(null, List.of(new DefinitionFault("", "is not valid JSON")));
        }
        if (definition == null) {
            return new Reading(null, List.of(new DefinitionFault("", "must be a JSON object")));
        }
        List<DefinitionFault> faults = DefinitionValidator.validate(definition);
        return new Reading(faults.isEmpty() ? definition : null, faults);
    }

    private static String reasonOf(JsonMappingException e) {
        if (e instanceof Figures.OutOfBounds) {
            return Figures.REASON;
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
            return "is not a field of an instrument definition";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException v
                && v.getCause() instanceof IllegalArgumentException && v.getType() != null) {
            String reason = notAWireName(v.getType().getRawClass());
            if (reason != null) {
                return reason;
            }
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
            return "has the wrong type or is missing (expected " + describe(m.getTargetType()) + ")";
        }
        return "cannot be read as part of an instrument definition";
    }

    /** The reason for a value that is no wire name of {@code type}; null when {@code type} is not such a set. */
    private static String notAWireName(Class<?> type) {
        if (type == Comparison.class) {
            return "must be at-or-above, above, at-or-below or below";
        }
        if (type == Aggregation.class) {
            return "must be sum or mean";
        }
        if (type == Direction.class) {
            return "must be higher-is-worse or higher-is-better";
        }
        return null;
    }

    private static String describe(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    public record Reading(InstrumentDefinition definition, List<DefinitionFault> faults) {
        public boolean ok() {
            return definition != null;
        }
    }
}
