package org.measura.trends;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two-tailed critical values of Student's t, computed from the regularised incomplete beta function (two-tailed
 * p = I_{df/(df+t²)}(df/2, 1/2)) and inverted by bisection. Used for the post-termination slope test, whose degrees
 * of freedom depend on the number of follow-ups. The sudden-gain stability test uses the reference's three tabled
 * values instead ({@link SuddenGains#T_CRITICAL}).
 */
final class StudentT {

    /** Critical values already computed, by alpha and df: each costs about sixty incomplete-beta evaluations. */
    private static final Map<Double, Map<Integer, Double>> CRITICAL = new ConcurrentHashMap<>();

    private StudentT() {
    }

    /** |t| with two-tailed probability {@code alpha} at {@code df} degrees of freedom. */
    static double twoTailedCritical(int df, double alpha) {
        if (df < 1) {
            throw new IllegalArgumentException("df must be at least 1");
        }
        return CRITICAL.computeIfAbsent(alpha, a -> new ConcurrentHashMap<>())
                .computeIfAbsent(df, d -> bisect(d, alpha));
    }

    private static double bisect(int df, double alpha) {
        double lo = 0;
        double hi = 1;
        while (twoTailedP(hi, df) > alpha) {
            hi *= 2;
        }
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (mid <= lo || mid >= hi) {
                break; // lo and hi are adjacent doubles: further steps would change nothing
            }
            if (twoTailedP(mid, df) > alpha) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** P(|T| ≥ t) for t ≥ 0. */
    static double twoTailedP(double t, int df) {
        return regularisedBeta(df / (df + t * t), df / 2.0, 0.5);
    }

    static double regularisedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x)
                + b * Math.log(1 - x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * continuedFraction(x, a, b) / a;
        }
        return 1 - front * continuedFraction(1 - x, b, a) / b;
    }

    /** Lentz's method for the continued fraction of the incomplete beta function. */
    private static double continuedFraction(double x, double a, double b) {
        final double tiny = 1e-300;
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        if (Math.abs(d) < tiny) {
            d = tiny;
        }
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 500; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = 1 + aa / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = 1 + aa / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < 1e-15) {
                break;
            }
        }
        return h;
    }

    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7};

    /** ln Γ(x) for x &gt; 0 (Lanczos approximation, g = 7). */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
        }
        x -= 1;
        double a = LANCZOS[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) {
            a += LANCZOS[i] / (x + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
    }
}
