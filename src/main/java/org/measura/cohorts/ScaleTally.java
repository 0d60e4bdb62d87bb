package org.measura.cohorts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.measura.catalog.Comparison;
import org.measura.trends.Category;
import org.measura.trends.ChangeComparison;
import org.measura.trends.ComparisonKind;
import org.measura.trends.ChangeStatus;
import org.measura.trends.Classification;
import org.measura.trends.CutoffUsed;
import org.measura.trends.FollowUpPoint;
import org.measura.trends.Phase;
import org.measura.trends.ScaleTrend;
import org.measura.trends.ScoreDirection;
import org.measura.trends.SeriesPoint;

/**
 * Exact counts and sums for one measure of one group, built client by client or merged from partials; adding is
 * exact, so any split merged in any order gives the same tally. The rules that decide each count are those of
 * docs/cohorts.md.
 */
final class ScaleTally {

    final String instrument;
    final String scale;
    String label;
    final ScoreDirection direction;
    final EnumMap<Count, Long> counts = new EnumMap<>(Count.class);
    final EnumMap<Sum, BigDecimal> sums = new EnumMap<>(Sum.class);
    /** How many finished clients each reliable-change method judged. */
    final TreeMap<String, Long> methods = new TreeMap<>();

    ScaleTally(String instrument, String scale, String label, ScoreDirection direction) {
        this.instrument = instrument;
        this.scale = scale;
        this.label = label;
        this.direction = direction;
        for (Count c : Count.values()) {
            counts.put(c, 0L);
        }
        for (Sum s : Sum.values()) {
            sums.put(s, BigDecimal.ZERO.setScale(s == Sum.START || s == Sum.END ? 2 : 4));
        }
    }

    String key() {
        return instrument + "/" + scale;
    }

    long get(Count c) {
        return counts.get(c);
    }

    BigDecimal get(Sum s) {
        return sums.get(s);
    }

    private void inc(Count c) {
        counts.merge(c, 1L, Long::sum);
    }

    void add(ScaleTrend trend) {
        inc(Count.CLIENTS);
        List<SeriesPoint> series = trend.series();
        if (series == null || series.isEmpty()) {
            return;
        }
        inc(Count.WITH_FIRST_SCORE);
        ChangeComparison end = endComparison(trend);
        Boolean caseness = end != null && end.clinicalSignificance() != null
                ? end.clinicalSignificance().clinicalAtStart() : clinicalAtStart(trend, series);
        if (caseness == null) {
            inc(Count.CASENESS_UNKNOWN);
        } else if (caseness) {
            inc(Count.CASENESS_AT_START);
        }
        if (end == null) {
            return;
        }
        inc(Count.WITH_FIRST_AND_LAST_SCORE);
        BigDecimal start = exact(end.from().score());
        BigDecimal last = exact(end.to().score());
        sums.merge(Sum.START, start, BigDecimal::add);
        sums.merge(Sum.START_SQUARED, start.multiply(start), BigDecimal::add);
        sums.merge(Sum.END, last, BigDecimal::add);
        sums.merge(Sum.END_SQUARED, last.multiply(last), BigDecimal::add);
        sums.merge(Sum.START_TIMES_END, start.multiply(last), BigDecimal::add);

        boolean terminated = series.stream().anyMatch(p -> p.phase() == Phase.TERMINATION);
        boolean unphased = series.stream().allMatch(p -> p.phase() == null);
        if (terminated || unphased) {
            finished(trend, end, terminated);
        }
        if (trend.suddenChanges() != null && trend.suddenChanges().evaluated()
                && trend.suddenChanges().intervalsExamined() > 0) {
            inc(Count.SUDDEN_GAINS_EVALUATED);
            if (trend.suddenChanges().gains() != null && !trend.suddenChanges().gains().isEmpty()) {
                inc(Count.WITH_SUDDEN_GAIN);
            }
        }
        if (trend.followUp() != null && trend.followUp().followUps() != null
                && !trend.followUp().followUps().isEmpty()) {
            inc(Count.WITH_FOLLOW_UP);
            List<FollowUpPoint> points = trend.followUp().followUps();
            FollowUpPoint latest = points.get(points.size() - 1);
            Boolean maintained = holds(latest.classifications(), "maintained");
            Boolean relapse = holds(latest.classifications(), "relapse");
            if (maintained != null) {
                inc(Count.MAINTAINED_JUDGED);
                if (maintained) {
                    inc(Count.MAINTAINED);
                }
            }
            if (relapse != null) {
                inc(Count.RELAPSE_JUDGED);
                if (relapse) {
                    inc(Count.RELAPSED);
                }
            }
        }
    }

    private void finished(ScaleTrend trend, ChangeComparison end, boolean terminated) {
        inc(Count.FINISHED);
        inc(terminated ? Count.FINISHED_BY_TERMINATION : Count.FINISHED_BY_TWO_ADMINISTRATIONS);
        ChangeStatus status = end.reliableChange() == null ? ChangeStatus.NOT_COMPUTABLE : end.reliableChange().status();
        switch (status) {
            case RELIABLE_IMPROVEMENT -> inc(Count.RELIABLE_IMPROVEMENT);
            case NO_RELIABLE_CHANGE -> inc(Count.NO_RELIABLE_CHANGE);
            case RELIABLE_DETERIORATION -> inc(Count.RELIABLE_DETERIORATION);
            case NOT_COMPUTABLE -> inc(Count.RELIABLE_CHANGE_NOT_COMPUTABLE);
        }
        if (end.reliableChange() != null && end.reliableChange().method() != null) {
            methods.merge(end.reliableChange().method().wire(), 1L, Long::sum);
        }
        var significance = end.clinicalSignificance();
        if (significance != null && Boolean.TRUE.equals(significance.clinicalAtStart())) {
            inc(Count.FINISHED_AT_CASENESS);
            if (Boolean.TRUE.equals(significance.functionalAtEnd())) {
                inc(Count.RECOVERY);
                if (status == ChangeStatus.RELIABLE_IMPROVEMENT) {
                    inc(Count.RELIABLE_RECOVERY);
                }
            }
        }
        Category category = significance == null ? null : significance.category();
        inc(category == null ? Count.NO_CATEGORY : switch (category) {
            case RECOVERED -> Count.RECOVERED;
            case IMPROVED -> Count.IMPROVED;
            case UNCHANGED -> Count.UNCHANGED;
            case DETERIORATED -> Count.DETERIORATED;
            case HARMED -> Count.HARMED;
        });
    }

    /** Baseline to termination when the course has one, else baseline to latest; null without a second score. */
    static ChangeComparison endComparison(ScaleTrend trend) {
        if (trend.comparisons() == null) {
            return null;
        }
        ChangeComparison latest = null;
        for (ChangeComparison c : trend.comparisons()) {
            if (c.kind() == ComparisonKind.BASELINE_TO_TERMINATION) {
                return c;
            }
            if (c.kind() == ComparisonKind.BASELINE_TO_LATEST) {
                latest = c;
            }
        }
        return latest;
    }

    /** A course with one score has no comparison: the baseline is judged against the cut-off the trend used. */
    private static Boolean clinicalAtStart(ScaleTrend trend, List<SeriesPoint> series) {
        CutoffUsed cutoff = trend.cutoff();
        if (cutoff == null || cutoff.value() == null) {
            return null;
        }
        SeriesPoint baseline = series.stream().filter(p -> p.phase() == Phase.BASELINE).findFirst()
                .orElse(series.get(0));
        double x = baseline.score();
        Comparison comparison = cutoff.comparison();
        int dir = trend.direction().sign();
        return comparison != null ? comparison.holds(x, cutoff.value()) : dir * x < dir * cutoff.value();
    }

    private static Boolean holds(List<Classification> classifications, String name) {
        if (classifications == null) {
            return null;
        }
        return classifications.stream().filter(c -> c.name().equals(name)).map(Classification::holds).findFirst()
                .orElse(null);
    }

    /** Scores as reported: two decimals, half up. */
    static BigDecimal exact(double score) {
        return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP);
    }

    void merge(ScaleTally other) {
        other.counts.forEach((c, v) -> counts.merge(c, v, Long::sum));
        other.sums.forEach((s, v) -> sums.merge(s, v, BigDecimal::add));
        other.methods.forEach((m, v) -> methods.merge(m, v, Long::sum));
        if (other.label != null && (label == null || other.label.compareTo(label) < 0)) {
            label = other.label;
        }
    }

    ScaleTally copy() {
        ScaleTally copy = new ScaleTally(instrument, scale, label, direction);
        copy.merge(this);
        return copy;
    }

    Map<String, Long> countsByWire() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        counts.forEach((c, v) -> out.put(c.wire(), v));
        return out;
    }
}
