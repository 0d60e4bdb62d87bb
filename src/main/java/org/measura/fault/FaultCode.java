package org.measura.fault;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What is wrong with one input, apart from where it is and how it is worded: adapters choose a wire status or a FHIR
 * issue type from this code, never from the wording.
 */
public enum FaultCode {
    /** A value the operation needs is absent, whether it was left out or a chosen method needs it. */
    REQUIRED,
    /** A value is present but not of an accepted form, type or range. */
    INVALID,
    /** A value names nothing known: an instrument, scale, item or measure. */
    UNKNOWN,
    /** Inputs contradict each other or the definition: two scores for one session, two terminations. */
    CONFLICT,
    /** The same input is given twice. */
    DUPLICATE,
    /** More is sent than a limit allows. */
    TOO_MANY;

    /** The code as answers write it: lower case, words joined by a hyphen. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
