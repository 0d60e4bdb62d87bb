package org.measura.cohorts;

import java.util.Locale;

/**
 * The kinds of fault that keep a client's course out of the figures; a cohort answer and its partial count unanalysed
 * clients by {@link #wire()}, which for a request or line the adapter could not read is its problem type's name.
 */
public enum ClientFaultKind {
    /** The client, or its course, is not of the form the trend analysis takes. */
    INVALID_REQUEST,
    /** The course is of the right form but its administrations cannot be compared as sent. */
    INVALID_TREND_REQUEST,
    /** A caller-defined measure is better the other way round for this client than for earlier clients. */
    CONTRADICTING_DIRECTION,
    /** A stream's line is not valid JSON. */
    MALFORMED_JSON,
    /** A stream's line exceeds a JSON limit (nesting, a number's or a string's length). */
    JSON_LIMIT,
    /** A stream's line is longer than the line limit and was skipped. */
    LINE_TOO_LONG,
    /** The service failed on this client; nothing of it was counted in a measure. */
    INTERNAL_ERROR;

    /** The kind as answers write it: lower case, words joined by a hyphen. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
