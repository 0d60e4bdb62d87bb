package org.measura.bulk;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.measura.web.Problem;
import org.measura.web.ProblemMappers;
import org.measura.web.ProblemType;

/** A line that cannot be read as JSON, told as the line's own problem (positions are columns within the line). */
final class LineProblems {

    private LineProblems() {
    }

    static Problem of(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof MismatchedInputException && message.startsWith("Trailing token")) {
            return ProblemType.MALFORMED_JSON.problem("The line holds more than one JSON value; send each on a "
                    + "line of its own.");
        }
        if (message.contains("end-of-input")) {
            return ProblemType.MALFORMED_JSON.problem("The line ends before its JSON value is complete.");
        }
        if (e instanceof JsonParseException && !(e instanceof StreamConstraintsException)) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            return ProblemType.MALFORMED_JSON.problem(message.startsWith("Duplicate field")
                    ? "The line repeats a field name" + where + "; each field may appear once."
                    : "The line is not valid JSON" + where + ".");
        }
        return ProblemMappers.jsonProblem(e);
    }
}
