package org.measura.trends;

/** The options of a trend analysis, by the name a request gives them. */
public enum TrendOption {
    METHOD("method"),
    CRITICAL_VALUE("criticalValue"),
    CUTOFF_TYPE("cutoffType"),
    SUDDEN_GAIN_ABSOLUTE_CUTOFF("suddenGainAbsoluteCutoff"),
    SUDDEN_GAIN_RELATIVE_SHARE("suddenGainRelativeShare"),
    SUDDEN_GAIN_STABILITY_TEST("suddenGainStabilityTest"),
    SUDDEN_GAINS_FROM_FIRST_MEASUREMENT("suddenGainsFromFirstMeasurement");

    private final String wire;

    TrendOption(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
