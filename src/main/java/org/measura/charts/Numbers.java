package org.measura.charts;

import org.measura.scoring.Decimals;

/** Scores as printed on a chart: at most two decimals, no trailing zeros, a true minus sign. */
final class Numbers {
    private Numbers() {
    }

    static String num(double value) {
        return Decimals.text(value, 2);
    }
}
