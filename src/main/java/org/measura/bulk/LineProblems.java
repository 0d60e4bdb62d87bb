package org.measura.bulk;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.measura.api.JsonProblems;
import org.measura.api.Problem;
import org.measura.api.ProblemType;
import org.measura.fault.JsonFault;

/** A line that cannot be read as JSON, told as the line's own problem (positions are columns within the line). */
final class LineProblems {

    private LineProblems() {
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
