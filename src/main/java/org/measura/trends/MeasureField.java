package org.measura.trends;

/**
 * The part of a measure entry (a catalog scale's overrides, or a caller's own measure) a fault is about, by the name
 * a request gives it; {@link #ENTRY} is the entry as a whole, {@link #FIGURE} one of its figures
 * ({@link FieldReason#figure()} says which).
 */
public enum MeasureField {
    ENTRY(null),
    ID("id"),
    SCALE("scale"),
    DIRECTION("direction"),
    FIGURE(null),
    /** Another part of the measure's series, which {@link FieldReason#field()} names (its administrations). */
    SERIES(null);

    private final String wire;

    MeasureField(String wire) {
        this.wire = wire;
    }

    /** The field's request name; null for the entry, a figure (named by the figure) and another part of the series. */
    public String wire() {
        return wire;
    }
}
