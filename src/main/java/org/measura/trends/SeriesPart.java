package org.measura.trends;

/** The part of a series as a whole a fault is about, by the name a request gives it. */
public enum SeriesPart {
    /** The instrument and scale the series is of. */
    SCALE("scale"),
    /** Whether lower or higher scores are better. */
    DIRECTION("direction"),
    /** The administrations (points) the series holds. */
    ADMINISTRATIONS("administrations");

    private final String wire;

    SeriesPart(String wire) {
        this.wire = wire;
    }

    /** The part's request name. */
    public String wire() {
        return wire;
    }
}
