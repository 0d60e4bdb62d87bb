package org.measura.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.measura.fault.FaultCode;

/**
 * One bad input field as a plain-JSON problem lists it: what is wrong ({@code code}; null, and left out of the
 * answer, where the fault is not classified), where (a JSON Pointer into the request) and why, in words;
 * {@code related} points at the other inputs a fault between inputs involves (two administrations of one session: the
 * pointer names the first, related the others). Never carries the value sent.
 */
@Schema(name = "FieldError")
public record FieldError(String pointer, String reason, @JsonInclude(JsonInclude.Include.NON_NULL) FaultCode code,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> related) {

    public FieldError {
        related = related == null ? List.of() : List.copyOf(related);
    }

    public FieldError(String pointer, String reason) {
        this(pointer, reason, null, List.of());
    }

    public FieldError(String pointer, String reason, FaultCode code) {
        this(pointer, reason, code, List.of());
    }

    public static FieldError of(FaultCode code, String pointer, String reason) {
        return new FieldError(pointer, reason, code);
    }

    /** The same fault with its pointers (and those of related inputs) under {@code prefix}. */
    public FieldError under(String prefix) {
        return new FieldError(prefix + pointer, reason, code, related.stream().map(p -> prefix + p).toList());
    }
}
