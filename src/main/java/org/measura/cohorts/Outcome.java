package org.measura.cohorts;

import com.fasterxml.jackson.annotation.JsonValue;

/** The cohort rates a caller's benchmark can be set against. */
public enum Outcome {
    RELIABLE_IMPROVEMENT("reliable-improvement"),
    NO_RELIABLE_CHANGE("no-reliable-change"),
    RELIABLE_DETERIORATION("reliable-deterioration"),
    RECOVERY("recovery"),
    RELIABLE_RECOVERY("reliable-recovery");

    private final String wire;

    Outcome(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public static Outcome fromWire(String value) {
        for (Outcome o : values()) {
            if (o.wire.equals(value)) {
                return o;
            }
        }
        throw new IllegalArgumentException("no outcome has this wire name");
    }
}
