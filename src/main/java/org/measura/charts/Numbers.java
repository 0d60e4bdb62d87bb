package org.measura.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores as printed on a chart: at most two decimals, no trailing zeros, a true minus sign. */
final class Numbers {
    private Numbers() {
    }

    static String num(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        String s = d.toPlainString();
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }
}
