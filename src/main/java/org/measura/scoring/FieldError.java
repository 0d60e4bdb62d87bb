package org.measura.scoring;

/** One bad input field: a JSON Pointer into the request and why it cannot be used. Never carries the value sent. */
public record FieldError(String pointer, String reason) {

    public FieldError under(String prefix) {
        return new FieldError(prefix + pointer, reason);
    }
}
