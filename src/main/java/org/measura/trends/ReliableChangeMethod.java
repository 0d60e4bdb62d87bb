package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** Reliable-change methods of docs/reference/change-methods.md §1, §4, §5, and the published fixed threshold. */
public enum ReliableChangeMethod {
    JACOBSON_TRUAX("jacobson-truax", "Jacobson–Truax", List.of(FigureName.RELIABILITY, FigureName.REFERENCE_SD)),
    PUBLISHED_THRESHOLD("published-threshold", "published fixed threshold",
            List.of(FigureName.RELIABLE_CHANGE_THRESHOLD)),
    GULLIKSEN_LORD_NOVICK("gulliksen-lord-novick", "Gulliksen–Lord–Novick",
            List.of(FigureName.RELIABILITY, FigureName.REFERENCE_MEAN, FigureName.REFERENCE_SD)),
    HSU_LINN_LORD("hsu-linn-lord", "Hsu–Linn–Lord",
            List.of(FigureName.RELIABILITY, FigureName.REFERENCE_MEAN, FigureName.REFERENCE_SD, FigureName.POST_MEAN)),
    EDWARDS_NUNNALLY("edwards-nunnally", "Edwards–Nunnally",
            List.of(FigureName.RELIABILITY, FigureName.REFERENCE_MEAN, FigureName.REFERENCE_SD)),
    NUNNALLY_KOTSCH("nunnally-kotsch", "Nunnally–Kotsch", List.of(FigureName.RELIABILITY, FigureName.POST_RELIABILITY,
            FigureName.REFERENCE_MEAN, FigureName.REFERENCE_SD)),
    HAGEMAN_ARRINDELL("hageman-arrindell", "Hageman–Arrindell", List.of(FigureName.RELIABILITY,
            FigureName.REFERENCE_MEAN, FigureName.REFERENCE_SD, FigureName.POST_MEAN, FigureName.POST_SD,
            FigureName.PRE_POST_CORRELATION));

    private final String wire;
    private final String label;
    private final List<FigureName> needs;

    ReliableChangeMethod(String wire, String label, List<FigureName> needs) {
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

    /** The figures the method's formula uses, in the order a missing one is named. */
    public List<FigureName> needs() {
        return needs;
    }

    @JsonCreator
    public static ReliableChangeMethod fromWire(String value) {
        for (ReliableChangeMethod m : values()) {
            if (m.wire.equals(value)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no reliable-change method has this wire name");
    }
}
