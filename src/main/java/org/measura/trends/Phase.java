package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where in the course of therapy an administration took place. */
public enum Phase {
    BASELINE("baseline"),
    TREATMENT("treatment"),
    TERMINATION("termination"),
    FOLLOW_UP("follow-up");

    private final String wire;

    Phase(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static Phase fromWire(String value) {
        for (Phase p : values()) {
            if (p.wire.equals(value)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no phase has this wire name");
    }
}
