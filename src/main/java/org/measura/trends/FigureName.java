package org.measura.trends;

/** The psychometric figures a caller may set for a scale (or a definition may publish), by their request names. */
public enum FigureName {
    RELIABILITY("reliability"),
    REFERENCE_MEAN("referenceMean"),
    REFERENCE_SD("referenceSd"),
    POST_RELIABILITY("postReliability"),
    POST_MEAN("postMean"),
    POST_SD("postSd"),
    PRE_POST_CORRELATION("prePostCorrelation"),
    CLINICAL_MEAN("clinicalMean"),
    CLINICAL_SD("clinicalSd"),
    FUNCTIONAL_MEAN("functionalMean"),
    FUNCTIONAL_SD("functionalSd"),
    CUTOFF("cutoff"),
    CUTOFF_COMPARISON("cutoffComparison"),
    RELIABLE_CHANGE_THRESHOLD("reliableChangeThreshold"),
    RELIABLE_CHANGE_INCLUSIVE("reliableChangeInclusive");

    private final String wire;

    FigureName(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** The figure a request names {@code wire}. */
    public static FigureName ofWire(String wire) {
        for (FigureName f : values()) {
            if (f.wire.equals(wire)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no figure " + wire);
    }
}
