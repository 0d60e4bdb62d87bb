package org.measura.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import org.measura.catalog.JsonPointers;
import org.measura.fault.JsonFault;

/** A body Jackson could not read, told as a problem: its kind from the exception's type, the wording written here. */
public final class JsonProblems {

    private JsonProblems() {
    }

    /** The kind of problem a body Jackson could not read is: the same choice {@link #of} makes. */
    public static ProblemType type(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return ProblemType.JSON_LIMIT;
        }
        return e instanceof JsonMappingException && !(e instanceof JsonParseException) ? ProblemType.INVALID_REQUEST
                : ProblemType.MALFORMED_JSON;
    }

    public static Problem of(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String what = switch (JsonFault.of(e)) {
                case NESTING_TOO_DEEP -> "nests deeper than measura.json.max-nesting-depth allows";
                case NUMBER_TOO_LONG -> "holds a number longer than measura.json.max-number-length allows";
                case STRING_TOO_LONG -> "holds a string longer than measura.json.max-string-length allows";
                default -> "exceeds a configured JSON limit";
            };
            return ProblemType.JSON_LIMIT.problem("The body " + what + ".");
        }
        if (e instanceof JsonParseException) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            boolean duplicate = JsonFault.of(e) == JsonFault.DUPLICATE_FIELD;
            return ProblemType.MALFORMED_JSON.problem(duplicate
                    ? "The body repeats a field name" + where + "; each field may appear once."
                    : "The body is not valid JSON" + where + ".");
        }
        if (e instanceof JsonMappingException m) {
            String pointer = JsonPointers.of(m);
            String reason = m instanceof UnrecognizedPropertyException ? "is not a field of this request"
                    : m instanceof org.measura.catalog.Figures.OutOfBounds ? org.measura.catalog.Figures.REASON
                    : expected(m);
            return ProblemType.INVALID_REQUEST.problem("1 field is invalid; see errors.",
                    List.of(new FieldError(pointer, reason)));
        }
        return ProblemType.MALFORMED_JSON.problem("The body is not valid JSON.");
    }

    private static String expected(JsonMappingException m) {
        Class<?> type = m instanceof MismatchedInputException mi
                ? mi.getTargetType() : null;
        if (type == null) {
            return "has the wrong type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        return "must be an object";
    }
}
