package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.measura.catalog.Direction;

/**
 * Which way is better on a scale. {@link #sign()} is the reference material's {@code direction}: +1 when higher is
 * better, −1 when lower is better.
 */
public enum ScoreDirection {
    LOWER_IS_BETTER("lower-is-better", -1),
    HIGHER_IS_BETTER("higher-is-better", 1);

    private final String wire;
    private final int sign;

    ScoreDirection(String wire, int sign) {
        this.wire = wire;
        this.sign = sign;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** +1 if higher is better, −1 if lower is better (docs/reference/change-methods.md, symbols). */
    public int sign() {
        return sign;
    }

    public static ScoreDirection of(Direction catalogDirection) {
        return catalogDirection == Direction.HIGHER_IS_BETTER ? HIGHER_IS_BETTER : LOWER_IS_BETTER;
    }

    @JsonCreator
    public static ScoreDirection fromWire(String value) {
        for (ScoreDirection d : values()) {
            if (d.wire.equals(value)) {
                return d;
            }
        }
        throw new IllegalArgumentException("must be lower-is-better or higher-is-better");
    }
}
