package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** Reliable-change methods of docs/reference/change-methods.md §1, §4, §5, and the published fixed threshold. */
public enum ReliableChangeMethod {
    JACOBSON_TRUAX("jacobson-truax", "Jacobson–Truax", List.of("reliability", "referenceSd")),
    PUBLISHED_THRESHOLD("published-threshold", "published fixed threshold", List.of("reliableChangeThreshold")),
    GULLIKSEN_LORD_NOVICK("gulliksen-lord-novick", "Gulliksen–Lord–Novick",
            List.of("reliability", "referenceMean", "referenceSd")),
    HSU_LINN_LORD("hsu-linn-lord", "Hsu–Linn–Lord", List.of("reliability", "referenceMean", "referenceSd",
            "postMean")),
    EDWARDS_NUNNALLY("edwards-nunnally", "Edwards–Nunnally", List.of("reliability", "referenceMean", "referenceSd")),
    NUNNALLY_KOTSCH("nunnally-kotsch", "Nunnally–Kotsch", List.of("reliability", "postReliability", "referenceMean",
            "referenceSd")),
    HAGEMAN_ARRINDELL("hageman-arrindell", "Hageman–Arrindell", List.of("reliability", "referenceMean",
            "referenceSd", "postMean", "postSd", "prePostCorrelation"));

    private final String wire;
    private final String label;
    private final List<String> needs;

    ReliableChangeMethod(String wire, String label, List<String> needs) {
        this.wire = wire;
        this.label = label;
        this.needs = needs;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    /** The {@link Psychometrics} fields the method needs. */
    public List<String> needs() {
        return needs;
    }

    @JsonCreator
    public static ReliableChangeMethod fromWire(String value) {
        for (ReliableChangeMethod m : values()) {
            if (m.wire.equals(value)) {
                return m;
            }
        }
        throw new IllegalArgumentException("must be one of jacobson-truax, published-threshold,"
                + " gulliksen-lord-novick, hsu-linn-lord, edwards-nunnally, nunnally-kotsch, hageman-arrindell");
    }
}
