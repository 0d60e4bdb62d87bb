package org.measura.scoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.measura.catalog.JsonPointers;
import org.measura.fault.FaultCode;

/**
 * One bad input field: what is wrong ({@code code}, null where not yet classified), where (a JSON Pointer into the
 * plain-JSON request, and the item id when the fault is an item's answer) and why, in words. Never carries the value
 * sent.
 */
public record FieldError(String pointer, String reason, @JsonIgnore FaultCode code, @JsonIgnore String item) {

    public FieldError(String pointer, String reason) {
        this(pointer, reason, null, null);
    }

    /** A fault in the answer to item {@code itemId} of an administration's responses. */
    public static FieldError item(String itemId, FaultCode code, String reason) {
        return new FieldError("/responses/" + JsonPointers.escape(itemId), reason, code, itemId);
    }

    public FieldError under(String prefix) {
        return new FieldError(prefix + pointer, reason, code, item);
    }
}
