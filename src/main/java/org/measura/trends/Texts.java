package org.measura.trends;

import java.util.List;
import org.measura.scoring.Decimals;

/** Number and figure-name formatting for the plain-language sentences and rounding for output records. */
final class Texts {

    static final String MINUS = Decimals.MINUS;

    private Texts() {
    }

    /** At most two decimals, no trailing zeros, a true minus sign: 7, 6.75, −2.5. */
    static String num(double value) {
        return plain(value, 2);
    }

    /** Three decimals for indices: −2.904. */
    static String idx(double value) {
        return plain(value, 3);
    }

    static String plain(double value, int decimals) {
        return Decimals.text(value, decimals);
    }

    /** With an explicit sign: +3, −11, 0. */
    static String signed(double value) {
        String s = num(value);
        return s.startsWith(MINUS) || s.equals("0") ? s : "+" + s;
    }

    static Double round(Double value, int decimals) {
        if (value == null || !Double.isFinite(value)) {
            return value;
        }
        return Decimals.halfUp(value, decimals);
    }

    /** Scores, raw changes, thresholds and percentages: 2 decimals. */
    static Double r2(Double value) {
        return round(value, 2);
    }

    /** Indices, slopes and test statistics: 3 decimals. */
    static Double r3(Double value) {
        return round(value, 3);
    }

    /** Standard errors and SDs of differences: 4 decimals, so hand calculations can be retraced. */
    static Double r4(Double value) {
        return round(value, 4);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String uncapitalise(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** The figures' request names joined by {@code separator}: "reliability, referenceSd". */
    static String names(String separator, List<FigureName> figures) {
        return String.join(separator, FigureName.wires(figures));
    }
}
