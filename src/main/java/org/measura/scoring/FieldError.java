package org.measura.scoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.measura.catalog.JsonPointers;
import org.measura.fault.FaultCode;

/**
 * One bad input field: what is wrong ({@code code}; null, and left out of the answer, where the fault is not
 * classified), where (a JSON Pointer into the plain-JSON request, and the item id when the fault is an item's answer)
 * and why, in words. Never carries the value sent.
 */
public record FieldError(String pointer, String reason, @JsonInclude(JsonInclude.Include.NON_NULL) FaultCode code,
        @JsonIgnore String item) {

    public FieldError(String pointer, String reason) {
        this(pointer, reason, null, null);
    }

    public static FieldError of(FaultCode code, String pointer, String reason) {
        return new FieldError(pointer, reason, code, null);
    }

    /** A fault in the answer to item {@code itemId} of an administration's responses. */
    public static FieldError item(String itemId, FaultCode code, String reason) {
        return new FieldError("/responses/" + JsonPointers.escape(itemId), reason, code, itemId);
    }

    public FieldError under(String prefix) {
        return new FieldError(prefix + pointer, reason, code, item);
    }
}
