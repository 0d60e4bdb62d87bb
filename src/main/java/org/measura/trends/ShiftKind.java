package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which way a sudden shift goes: a gain is a change in the healthy direction, a loss one in the unhealthy. */
public enum ShiftKind {
    GAIN("gain"),
    LOSS("loss");

    private final String wire;

    ShiftKind(String wire) {
        this.wire = wire;
    }

    /** The kind as answers and explanations write it: gain or loss. */
    @JsonValue
    public String wire() {
        return wire;
    }
}
