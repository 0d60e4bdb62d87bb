package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which two points of a scale's series a comparison sets against each other. */
public enum ComparisonKind {
    BASELINE_TO_LATEST("baseline-to-latest", "Baseline to latest"),
    BASELINE_TO_TERMINATION("baseline-to-termination", "Baseline to termination"),
    TERMINATION_TO_FOLLOW_UP("termination-to-follow-up", "Termination to follow-up"),
    PREVIOUS_TO_LATEST("previous-to-latest", "Previous to latest");

    private final String wire;
    private final String words;

    ComparisonKind(String wire, String words) {
        this.wire = wire;
        this.words = words;
    }

    /** The kind as answers write it, e.g. baseline-to-latest. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** The kind as a sentence opens with it, e.g. "Baseline to latest". */
    public String words() {
        return words;
    }
}
