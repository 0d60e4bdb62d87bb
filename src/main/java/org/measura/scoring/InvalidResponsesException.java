package org.measura.scoring;

import java.util.List;

/** The responses cannot be scored as sent: unknown items, values off the form's scale, an unknown coding. */
public class InvalidResponsesException extends Exception {
    private final transient List<FieldError> errors;

    public InvalidResponsesException(List<FieldError> errors) {
        super("responses cannot be scored", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
