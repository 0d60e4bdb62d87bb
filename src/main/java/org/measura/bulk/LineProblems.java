package org.measura.bulk;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.measura.api.JsonProblems;
import org.measura.api.Problem;
import org.measura.api.ProblemType;
import org.measura.cohorts.ClientFaultKind;
import org.measura.fault.JsonFault;

/** A line that cannot be read as JSON, told as the line's own problem (positions are columns within the line). */
final class LineProblems {

    private LineProblems() {
    }

    /** The kind of fault a cohort line that cannot be read is: the type of the problem {@link #of} tells. */
    static ClientFaultKind kind(JsonProcessingException e) {
        JsonFault fault = JsonFault.of(e);
        boolean malformed = fault == JsonFault.TRAILING_VALUE || fault == JsonFault.TRUNCATED
                || e instanceof JsonParseException && !(e instanceof StreamConstraintsException);
        return malformed ? ClientFaultKind.MALFORMED_JSON : switch (JsonProblems.type(e)) {
            case JSON_LIMIT -> ClientFaultKind.JSON_LIMIT;
            case INVALID_REQUEST -> ClientFaultKind.INVALID_REQUEST;
            default -> ClientFaultKind.MALFORMED_JSON;
        };
    }

    static Problem of(JsonProcessingException e) {
        JsonFault fault = JsonFault.of(e);
        if (fault == JsonFault.TRAILING_VALUE) {
            return ProblemType.MALFORMED_JSON.problem("The line holds more than one JSON value; send each on a "
                    + "line of its own.");
        }
        if (fault == JsonFault.TRUNCATED) {
            return ProblemType.MALFORMED_JSON.problem("The line ends before its JSON value is complete.");
        }
        if (e instanceof JsonParseException && !(e instanceof StreamConstraintsException)) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            return ProblemType.MALFORMED_JSON.problem(fault == JsonFault.DUPLICATE_FIELD
                    ? "The line repeats a field name" + where + "; each field may appear once."
                    : "The line is not valid JSON" + where + ".");
        }
        return JsonProblems.of(e);
    }
}
