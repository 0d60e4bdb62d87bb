package org.measura.scoring;

import java.util.List;

/**
 * The responses cannot be scored as sent: unknown items, values off the form's scale, an unknown coding, a reference
 * sample that names nothing or lacks what placing a score needs.
 */
public class InvalidResponsesException extends Exception {
    private final transient List<ScoringFault> faults;

    public InvalidResponsesException(List<ScoringFault> faults) {
        super("responses cannot be scored", null, false, false);
        this.faults = List.copyOf(faults);
    }

    public List<ScoringFault> faults() {
        return faults;
    }
}
