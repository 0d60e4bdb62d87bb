package org.measura.fault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Why the JSON reader refused a body, so that each adapter words its answer from a type. Jackson gives most of these
 * no type of their own (a duplicate field, a trailing value and the three stream limits share their exception
 * classes), so this is the one place that tells them apart by Jackson's own message.
 */
public enum JsonFault {
    NESTING_TOO_DEEP,
    NUMBER_TOO_LONG,
    STRING_TOO_LONG,
    /** Another stream limit. */
    LIMIT,
    DUPLICATE_FIELD,
    /** More than one JSON value where one is read. */
    TRAILING_VALUE,
    /** The input ends before its value is complete. */
    TRUNCATED,
    /** Anything else that is not JSON, or not of the expected shape. */
    MALFORMED;

    public static JsonFault of(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return message.contains("nesting depth") ? NESTING_TOO_DEEP
                    : message.contains("Number value length") ? NUMBER_TOO_LONG
                    : message.contains("String value length") ? STRING_TOO_LONG
                    : LIMIT;
        }
        if (e instanceof MismatchedInputException && message.startsWith("Trailing token")) {
            return TRAILING_VALUE;
        }
        if (message.contains("end-of-input")) {
            return TRUNCATED;
        }
        return message.startsWith("Duplicate field") ? DUPLICATE_FIELD : MALFORMED;
    }
}
