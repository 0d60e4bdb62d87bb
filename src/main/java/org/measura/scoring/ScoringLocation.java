package org.measura.scoring;

import java.util.Objects;

/**
 * Where in one administration's input a scoring fault is: the field, and for an item's answer the item's id
 * ({@code item}, else null), for a reference sample the scale's id and the part of the sample ({@code scale} and
 * {@code norm}, else null). Adapters write it in their own terms (a JSON Pointer, a FHIRPath expression).
 */
public record ScoringLocation(ScoringField field, String item, String scale, NormField norm) {

    /** The alternative coding named for the responses. */
    public static final ScoringLocation CODING = new ScoringLocation(ScoringField.CODING, null, null, null);

    public ScoringLocation {
        Objects.requireNonNull(field, "field");
        boolean response = field == ScoringField.RESPONSES;
        boolean sample = field == ScoringField.NORMS;
        if ((item != null) != response || (scale != null) != sample || (norm != null) != sample) {
            throw new IllegalArgumentException("an item locates a response, a scale and its part a reference sample");
        }
    }

    /** The answer to item {@code item}. */
    public static ScoringLocation response(String item) {
        return new ScoringLocation(ScoringField.RESPONSES, item, null, null);
    }

    /** The reference sample asked for scale {@code scale}, or one of its fields. */
    public static ScoringLocation norm(String scale, NormField norm) {
        return new ScoringLocation(ScoringField.NORMS, null, scale, norm);
    }
}
