package org.measura.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Half-up rounding of reported figures to a few decimal places, exactly as rounding the double's decimal form
 * ({@link Double#toString}) with {@link BigDecimal} would, but without building strings for all but a sliver of
 * values.
 *
 * <p>The fast path scales the magnitude by 10<sup>places</sup> and rounds it to a whole number. The decimal form and
 * the scaled double differ by under 3·10<sup>-7</sup> while the scaled magnitude stays below 10<sup>9</sup>, so the
 * two round alike unless the scaled fraction lies within 10<sup>-6</sup> of one half (2.675 is 267.49999999999997
 * scaled, yet its decimal form rounds up). Those values, and anything larger, take the BigDecimal path.
 */
public final class Decimals {

    public static final String MINUS = "\u2212";

    private static final double[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    private static final double FAST_LIMIT = 1e9;
    private static final double HALF_MARGIN = 1e-6;
    private static final long SLOW = Long.MIN_VALUE;

    private Decimals() {
    }

    /** The value rounded half-up (away from zero on a tie) to {@code places} decimals; NaN and infinities as given. */
    public static double halfUp(double value, int places) {
        if (!Double.isFinite(value)) {
            return value;
        }
        long unscaled = unscaled(value, places);
        if (unscaled == SLOW) {
            return exact(value, places).doubleValue();
        }
        return unscaled / POWERS[places];
    }

    /** As {@link #halfUp(double, int)}, as a decimal with exactly {@code places} decimals. */
    public static BigDecimal halfUpDecimal(double value, int places) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException("not a finite number");
        }
        long unscaled = unscaled(value, places);
        return unscaled == SLOW ? exact(value, places) : BigDecimal.valueOf(unscaled, places);
    }

    /** At most {@code places} decimals, no trailing zeros, a true minus sign: 7, 6.75, −2.5, 0. */
    public static String text(double value, int places) {
        BigDecimal d = halfUpDecimal(value, places).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        String s = d.toPlainString();
        return d.signum() < 0 ? MINUS + s.substring(1) : s;
    }

    private static long unscaled(double value, int places) {
        if (places < 0 || places >= POWERS.length) {
            return SLOW;
        }
        double magnitude = Math.abs(value) * POWERS[places];
        if (!(magnitude < FAST_LIMIT)) {
            return SLOW;
        }
        double whole = Math.floor(magnitude);
        double fraction = magnitude - whole;
        if (Math.abs(fraction - 0.5) < HALF_MARGIN) {
            return SLOW;
        }
        long rounded = (long) whole + (fraction > 0.5 ? 1 : 0);
        return value < 0 ? -rounded : rounded;
    }

    private static BigDecimal exact(double value, int places) {
        return new BigDecimal(Double.toString(value)).setScale(places, RoundingMode.HALF_UP);
    }
}
