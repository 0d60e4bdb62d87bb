package org.measura.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.measura.api.AdministrationRequest;
import org.measura.api.FieldError;
import org.measura.catalog.JsonPointers;

/**
 * The body of POST /scores, read from the JSON stream and documented by the same record: each entry is read on its
 * own ({@link AdministrationRequest}, with its own faults), so that one bad entry never fails the others.
 * {@code faults} holds what reading found wrong with the batch itself, its size last (at most
 * {@link #MAX_ADMINISTRATIONS}, counted as it is read; docs/operations.md, "Start-up", says why not by Bean
 * Validation); a body that is not a JSON object reads as null.
 */
@Schema(name = "BatchRequest")
@JsonDeserialize(using = BatchRequest.Reader.class)
public record BatchRequest(
        @Schema(required = true, maxItems = BatchRequest.MAX_ADMINISTRATIONS,
                description = "Up to 1,000 administrations of any instruments")
        List<AdministrationRequest> administrations,
        @Schema(hidden = true) @JsonIgnore List<FieldError> faults) {

    public static final int MAX_ADMINISTRATIONS = 1000;

    static final class Reader extends StdDeserializer<BatchRequest> {
        Reader() {
            super(BatchRequest.class);
        }

        @Override
        public BatchRequest deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (!p.isExpectedStartObjectToken()) {
                p.skipChildren();
                return null;
            }
            List<FieldError> unknown = new ArrayList<>(0);
            List<AdministrationRequest> administrations = null;
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                JsonToken value = p.nextToken();
                if (!name.equals("administrations")) {
                    unknown.add(new FieldError("/" + JsonPointers.escape(name), "is not a field of this request "
                            + "(fields: administrations)"));
                    p.skipChildren();
                } else if (value != JsonToken.START_ARRAY) {
                    p.skipChildren();
                } else {
                    administrations = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        // A JSON null entry too reaches the entry's reader, which says it is not an object.
                        administrations.add(context.readValue(p, AdministrationRequest.class));
                    }
                }
            }
            List<FieldError> faults = new ArrayList<>(unknown);
            if (administrations == null) {
                faults.add(new FieldError("/administrations", "is required: an array of administrations"));
            } else if (administrations.size() > MAX_ADMINISTRATIONS) {
                faults.add(new FieldError("/administrations", "holds more than " + MAX_ADMINISTRATIONS
                        + " administrations; split the batch"));
            }
            return new BatchRequest(administrations, faults);
        }
    }

}
