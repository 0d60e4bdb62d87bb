package org.measura.trends;

/**
 * Request-wide options. Null means "not chosen": {@code method} then defaults to Jacobson–Truax where its figures
 * exist, else the published threshold (see {@link TrendEngine}); {@code criticalValue} to 1.96 (1.65 for
 * Hageman–Arrindell, docs/reference/change-methods.md §5); {@code cutoffType} to the published recovery cut-off,
 * else c, b or a as the norms allow; {@code suddenGainAbsoluteCutoff} to the reliable-change threshold. {@code
 * suddenGainsFromFirstMeasurement} mirrors suddengains' {@code identify_sg_1to2} (default false: the interval from the
 * first to the second measurement is not examined).
 */
public record TrendOptions(
        ReliableChangeMethod method,
        Double criticalValue,
        CutoffType cutoffType,
        Double suddenGainAbsoluteCutoff,
        double suddenGainRelativeShare,
        boolean suddenGainStabilityTest,
        boolean suddenGainsFromFirstMeasurement) {

    public static final double DEFAULT_CRITICAL_VALUE = 1.96;
    public static final double HAGEMAN_ARRINDELL_CRITICAL_VALUE = 1.65;
    public static final double DEFAULT_RELATIVE_SHARE = 0.25;

    public static TrendOptions defaults() {
        return new TrendOptions(null, null, null, null, DEFAULT_RELATIVE_SHARE, true, false);
    }

    public TrendOptions withMethod(ReliableChangeMethod m) {
        return new TrendOptions(m, criticalValue, cutoffType, suddenGainAbsoluteCutoff, suddenGainRelativeShare,
                suddenGainStabilityTest, suddenGainsFromFirstMeasurement);
    }

    public TrendOptions withCriticalValue(Double c) {
        return new TrendOptions(method, c, cutoffType, suddenGainAbsoluteCutoff, suddenGainRelativeShare,
                suddenGainStabilityTest, suddenGainsFromFirstMeasurement);
    }

    public TrendOptions withCutoffType(CutoffType t) {
        return new TrendOptions(method, criticalValue, t, suddenGainAbsoluteCutoff, suddenGainRelativeShare,
                suddenGainStabilityTest, suddenGainsFromFirstMeasurement);
    }

    public TrendOptions withSuddenGains(Double absoluteCutoff, double relativeShare, boolean stabilityTest,
            boolean fromFirstMeasurement) {
        return new TrendOptions(method, criticalValue, cutoffType, absoluteCutoff, relativeShare, stabilityTest,
                fromFirstMeasurement);
    }
}
