package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * DSQ-40 defense style over a course: how the mature, neurotic and immature factors moved from baseline to the latest
 * administration, which style predominated at each end, and whether the profile shifted toward mature defenses
 * (the mature factor rose and the immature factor fell). Reliable change is reported where the figures exist; the
 * DSQ-40 definition carries none (its norms are unverified), so without caller-supplied figures the change is
 * descriptive. Single defenses rest on two items each and are not classified here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DefenseStyle(
        List<FactorChange> factors,
        String predominantAtBaseline,
        String predominantAtLatest,
        Boolean shiftedTowardMature,
        String explanation) {

    static final String INSTRUMENT = "dsq40";
    private static final List<String> FACTORS = List.of("mature", "neurotic", "immature");

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FactorChange(String factor, PointRef from, PointRef to, double change, ChangeStatus reliableChange,
            String reliableChangeNote) {
    }

    /** Null unless all three DSQ-40 factors have a baseline-to-latest comparison. */
    static DefenseStyle of(List<ScaleTrend> trends) {
        Map<String, ScaleTrend> byFactor = trends.stream()
                .filter(t -> INSTRUMENT.equals(t.instrumentId()) && FACTORS.contains(t.scaleId()))
                .collect(Collectors.toMap(ScaleTrend::scaleId, Function.identity()));
        List<FactorChange> factors = new ArrayList<>();
        for (String factor : FACTORS) {
            ScaleTrend trend = byFactor.get(factor);
            Optional<ChangeComparison> change = trend == null ? Optional.empty() : trend.comparisons().stream()
                    .filter(c -> c.kind() == ComparisonKind.BASELINE_TO_LATEST).findFirst();
            if (change.isEmpty()) {
                return null;
            }
            ChangeComparison c = change.get();
            ReliableChangeResult rc = c.reliableChange();
            boolean computed = rc != null && rc.status() != null && rc.status() != ChangeStatus.NOT_COMPUTABLE;
            factors.add(new FactorChange(factor, c.from(), c.to(), c.rawChange(), computed ? rc.status() : null,
                    computed ? null : DefenseStyleTexts.DESCRIPTIVE_ONLY));
        }
        String atBaseline = predominant(factors, f -> f.from().score());
        String atLatest = predominant(factors, f -> f.to().score());
        FactorChange mature = factors.get(0);
        FactorChange immature = factors.get(2);
        boolean shifted = mature.change() > 0 && immature.change() < 0;
        String explanation = DefenseStyleTexts.explanation(mature, factors.get(1), immature, atBaseline, atLatest,
                shifted);
        return new DefenseStyle(factors, atBaseline, atLatest, shifted, explanation);
    }

    private static String predominant(List<FactorChange> factors, Function<FactorChange, Double> score) {
        double top = factors.stream().map(score).max(Comparator.naturalOrder()).orElseThrow();
        return factors.stream().filter(f -> score.apply(f) == top).map(FactorChange::factor)
                .collect(Collectors.joining(" and "));
    }
}
