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
import org.measura.scoring.FieldError;

/**
 * One administration's item responses as a trend request carries them: item id to the value ticked (null when
 * unanswered), in the order sent, read straight from the JSON stream. A value that is not a whole number is kept as
 * a fault rather than failing the whole body, so that the answer can name every fault with its pointer, exactly as
 * {@link RequestReader#responses} does for the scoring endpoints (which read a tree; a trend of hundreds of
 * administrations is cheaper without one).
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

    static final class Reader extends JsonDeserializer<ItemResponses> {
        @Override
        public ItemResponses deserialize(JsonParser p, DeserializationContext context) throws IOException {
            Map<String, Integer> values = new LinkedHashMap<>();
            List<Fault> faults = new ArrayList<>(0);
            if (!p.isExpectedStartObjectToken()) {
                p.skipChildren();
                faults.add(new Fault(null, RequestReader.RESPONSES_NOT_AN_OBJECT));
                return new ItemResponses(values, faults);
            }
            for (String item = p.nextFieldName(); item != null; item = p.nextFieldName()) {
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_NULL) {
                    values.put(item, null);
                } else if (value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                    values.put(item, p.getIntValue());
                } else if (value == JsonToken.VALUE_NUMBER_FLOAT && RequestReader.isWhole(p.getDoubleValue())) {
                    values.put(item, (int) p.getDoubleValue());
                } else if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
                    faults.add(new Fault(item, RequestReader.RESPONSE_NOT_WHOLE));
                } else {
                    p.skipChildren();
                    faults.add(new Fault(item, RequestReader.RESPONSE_NOT_A_NUMBER));
                }
            }
            return new ItemResponses(values, faults);
        }
    }
}
