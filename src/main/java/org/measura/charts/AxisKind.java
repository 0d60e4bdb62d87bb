package org.measura.charts;

import java.util.Optional;

/** What the shared x axis of a course chart counts: calendar dates or session numbers. */
public enum AxisKind {
    DATE("date"),
    SESSION("session");

    private final String wire;

    AxisKind(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<AxisKind> fromWire(String value) {
        for (AxisKind kind : values()) {
            if (kind.wire.equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
