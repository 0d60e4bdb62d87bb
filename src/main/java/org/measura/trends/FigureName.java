package org.measura.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The psychometric figures a caller may set for a scale (or a definition may publish), by their request names
 * ({@link #wire()}, the property names of a request's measure entry), each of a {@link Kind}. In the symbols of
 * docs/reference/change-methods.md: r_xx, M₁, SD₁, r_yy, M₂, SD₂, r₁₂, the clinical and functional norms of the
 * cut-offs a/b/c, the cut-off and its clinical side, the fixed reliable-change threshold and whether a change equal
 * to it counts.
 */
public enum FigureName {
    RELIABILITY("reliability", Kind.DECIMAL),
    REFERENCE_MEAN("referenceMean", Kind.DECIMAL),
    REFERENCE_SD("referenceSd", Kind.DECIMAL),
    POST_RELIABILITY("postReliability", Kind.DECIMAL),
    POST_MEAN("postMean", Kind.DECIMAL),
    POST_SD("postSd", Kind.DECIMAL),
    PRE_POST_CORRELATION("prePostCorrelation", Kind.DECIMAL),
    CLINICAL_MEAN("clinicalMean", Kind.DECIMAL),
    CLINICAL_SD("clinicalSd", Kind.DECIMAL),
    FUNCTIONAL_MEAN("functionalMean", Kind.DECIMAL),
    FUNCTIONAL_SD("functionalSd", Kind.DECIMAL),
    CUTOFF("cutoff", Kind.DECIMAL),
    CUTOFF_COMPARISON("cutoffComparison", Kind.COMPARISON),
    RELIABLE_CHANGE_THRESHOLD("reliableChangeThreshold", Kind.DECIMAL),
    RELIABLE_CHANGE_INCLUSIVE("reliableChangeInclusive", Kind.FLAG);

    /** What a figure's value is. */
    public enum Kind {
        /** A number (a JSON number, a FHIR valueDecimal). */
        DECIMAL,
        /** The cut-off's clinical side, a {@link org.measura.catalog.Comparison} (a JSON string, a FHIR valueCode). */
        COMPARISON,
        /** Yes or no (a JSON boolean, a FHIR valueBoolean). */
        FLAG
    }

    private static final List<FigureName> DECIMALS = of(Kind.DECIMAL);

    private final String wire;
    private final Kind kind;

    FigureName(String wire, Kind kind) {
        this.wire = wire;
        this.kind = kind;
    }

    /** The figure's request name, as answers name it too. */
    public String wire() {
        return wire;
    }

    public Kind kind() {
        return kind;
    }

    /** The figures whose value is a number, in declaration order (the order the FHIR $trend operation lists them). */
    public static List<FigureName> decimals() {
        return DECIMALS;
    }

    /** The figure a request names {@code wire}, if any. */
    public static Optional<FigureName> byWire(String wire) {
        for (FigureName f : values()) {
            if (f.wire.equals(wire)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The figure a request names {@code wire}; {@link IllegalArgumentException} when there is none. */
    public static FigureName ofWire(String wire) {
        return byWire(wire).orElseThrow(() -> new IllegalArgumentException("no figure " + wire));
    }

    /** The figures' request names, in the order given. */
    public static List<String> wires(List<FigureName> figures) {
        List<String> names = new ArrayList<>(figures.size());
        for (FigureName f : figures) {
            names.add(f.wire);
        }
        return List.copyOf(names);
    }

    private static List<FigureName> of(Kind kind) {
        List<FigureName> list = new ArrayList<>();
        for (FigureName f : values()) {
            if (f.kind == kind) {
                list.add(f);
            }
        }
        return List.copyOf(list);
    }
}
