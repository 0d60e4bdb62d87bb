package org.measura.trends;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Two-tailed critical values of Student's t from commons-math3's {@link TDistribution}, for the post-termination
 * slope test, whose degrees of freedom depend on the number of follow-ups. The sudden-gain stability test uses the
 * reference's three tabled values instead ({@link SuddenGains#T_CRITICAL}).
 */
final class TwoTailedT {

    /** Critical values by alpha and df: each inversion runs a root finder, and a course asks for few distinct df. */
    private static final Map<Double, Map<Integer, Double>> CRITICAL = new ConcurrentHashMap<>();

    private TwoTailedT() {
    }

    /** |t| with two-tailed probability {@code alpha} at {@code df} degrees of freedom. */
    static double critical(int df, double alpha) {
        if (df < 1) {
            throw new IllegalArgumentException("df must be at least 1");
        }
        return CRITICAL.computeIfAbsent(alpha, a -> new ConcurrentHashMap<>()).computeIfAbsent(df,
                // no random generator: the distribution is only inverted, never sampled
                d -> new TDistribution(null, d).inverseCumulativeProbability(1 - alpha / 2));
    }
}
