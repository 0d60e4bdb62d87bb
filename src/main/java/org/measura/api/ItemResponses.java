package org.measura.api;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.measura.catalog.JsonPointers;
import org.measura.trends.TrendAnalysis;

/**
 * One administration's item responses, as every plain-JSON request carries them (a score request, a batch entry, a
 * bulk line, a trend's administration): item id to the value ticked (null when unanswered), in the order sent, read
 * straight from the JSON stream. A value that is not a whole number is kept as a fault rather than failing the whole
 * body, so that the answer can name every fault with its pointer.
 */
@JsonDeserialize(using = ItemResponses.Reader.class)
@Schema(type = SchemaType.OBJECT, additionalProperties = Integer.class,
        description = "Item id to the value ticked on the form's printed scale (a whole number; 2.0 is read as 2, "
                + "2.5 is refused); null or absent is unanswered")
public final class ItemResponses {

    @Schema(hidden = true)
    private final Map<String, Integer> values;
    @Schema(hidden = true)
    private final List<Fault> faults;

    /** {@code item} is null when the fault is the whole value (not an object). */
    private record Fault(String item, String reason) {
    }

    private ItemResponses(Map<String, Integer> values, List<Fault> faults) {
        this.values = Collections.unmodifiableMap(values);
        this.faults = faults;
    }

    @JsonValue
    public Map<String, Integer> values() {
        return values;
    }

    /** The faults found, with pointers under {@code at} (the pointer of the responses object). */
    public List<FieldError> faults(String at) {
        if (faults.isEmpty()) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>(faults.size());
        for (Fault f : faults) {
            errors.add(new FieldError(f.item() == null ? at : at + "/" + JsonPointers.escape(f.item()), f.reason()));
        }
        return errors;
    }

    /** The answers that could not be read, in the order sent: the item (null for the whole value) and why. */
    public List<TrendAnalysis.UnreadResponse> unread() {
        if (faults.isEmpty()) {
            return List.of();
        }
        List<TrendAnalysis.UnreadResponse> unread = new ArrayList<>(faults.size());
        for (Fault f : faults) {
            unread.add(new TrendAnalysis.UnreadResponse(f.item(), f.reason()));
        }
        return unread;
    }

    /** Why item responses cannot be read, for the whole value or for one item's answer. */
    static final String RESPONSES_NOT_AN_OBJECT = "must be an object of item id to the value ticked";
    static final String RESPONSE_NOT_WHOLE = "must be a whole number on the form's scale";
    static final String RESPONSE_NOT_A_NUMBER = "must be a number (or null for an unanswered item)";

    /**
     * Reads the responses at the parser's current token (not null) and leaves the parser at their last token. A value
     * written with a fraction that is zero ({@code 2.0}, {@code 2e0}) is the whole number it equals, as JSON itself
     * does not tell 2 and 2.0 apart; {@code 2.5} is not whole and stays a fault.
     */
    static ItemResponses read(JsonParser p) throws IOException {
        Map<String, Integer> values = new LinkedHashMap<>();
        List<Fault> faults = new ArrayList<>(0);
        if (!p.isExpectedStartObjectToken()) {
            p.skipChildren();
            faults.add(new Fault(null, RESPONSES_NOT_AN_OBJECT));
            return new ItemResponses(values, faults);
        }
        for (String item = p.nextFieldName(); item != null; item = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                values.put(item, null);
            } else if (value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                values.put(item, p.getIntValue());
            } else if (value == JsonToken.VALUE_NUMBER_FLOAT && isWhole(p.getDoubleValue())) {
                values.put(item, (int) p.getDoubleValue());
            } else if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
                faults.add(new Fault(item, RESPONSE_NOT_WHOLE));
            } else {
                p.skipChildren();
                faults.add(new Fault(item, RESPONSE_NOT_A_NUMBER));
            }
        }
        return new ItemResponses(values, faults);
    }

    private static boolean isWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE;
    }

    static final class Reader extends JsonDeserializer<ItemResponses> {
        @Override
        public ItemResponses deserialize(JsonParser p, DeserializationContext context) throws IOException {
            return read(p);
        }
    }
}
