package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why an input cannot be used: {@code scale} is "instrument/scale" (null for request-wide options), {@code field}
 * the input field (a psychometric field name such as {@code referenceSd}, {@code options/method}, or
 * {@code administrations}), {@code origin} the caller's reference to the offending administration when known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldReason(String scale, String field, String origin, String reason) {

    public FieldReason(String scale, String field, String reason) {
        this(scale, field, null, reason);
    }

    @Override
    public String toString() {
        return (scale == null ? "" : scale + ": ") + field + (origin == null ? "" : " (" + origin + ")") + ": "
                + reason;
    }
}
