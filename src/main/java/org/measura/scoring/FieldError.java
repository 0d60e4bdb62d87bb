package org.measura.scoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.measura.catalog.JsonPointers;
import org.measura.fault.FaultCode;

/**
 * One bad input field: what is wrong ({@code code}; null, and left out of the answer, where the fault is not
 * classified), where (a JSON Pointer into the plain-JSON request, and the item id when the fault is an item's answer)
 * and why, in words; {@code related} points at the other inputs a fault between inputs involves (two
 * administrations of one session: the pointer names the first, related the others). Never carries the value sent.
 */
public record FieldError(String pointer, String reason, @JsonInclude(JsonInclude.Include.NON_NULL) FaultCode code,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> related, @JsonIgnore String item) {

    public FieldError {
        related = related == null ? List.of() : List.copyOf(related);
    }

    public FieldError(String pointer, String reason) {
        this(pointer, reason, null, List.of(), null);
    }

    public FieldError(String pointer, String reason, FaultCode code, String item) {
        this(pointer, reason, code, List.of(), item);
    }

    public static FieldError of(FaultCode code, String pointer, String reason) {
        return new FieldError(pointer, reason, code, null);
    }

    /** A fault in the answer to item {@code itemId} of an administration's responses. */
    public static FieldError item(String itemId, FaultCode code, String reason) {
        return new FieldError("/responses/" + JsonPointers.escape(itemId), reason, code, itemId);
    }

    public FieldError under(String prefix) {
        return new FieldError(prefix + pointer, reason, code, related.stream().map(p -> prefix + p).toList(), item);
    }
}
