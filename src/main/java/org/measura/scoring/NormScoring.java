package org.measura.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.measura.catalog.Aggregation;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Norm;
import org.measura.catalog.Scale;

/** z, T and percentile of a scale score against the reference sample the caller asked for: its own or a cited one. */
final class NormScoring {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
    /**
     * Φ(z) already computed: each costs a continued fraction (about a microsecond), and the built-in norms meet the
     * same few hundred z values again and again. Bounded, since caller-supplied samples make z arbitrary.
     */
    private static final Map<Double, Double> PHI = new ConcurrentHashMap<>();
    private static final int PHI_ENTRIES = 65_536;

    private NormScoring() {
    }

    static void check(InstrumentDefinition definition, Map<String, ? extends NormRequest> samples)
            throws InvalidResponsesException {
        List<ScoringFault> faults = new ArrayList<>();
        for (Map.Entry<String, ? extends NormRequest> e : samples.entrySet()) {
            String scaleId = e.getKey();
            Scale scale = definition.scale(scaleId).orElse(null);
            if (scale == null) {
                faults.add(fault(scaleId, NormField.SAMPLE, "is not a scale of " + definition.abbreviation()));
                continue;
            }
            if (e.getValue() instanceof BuiltInSample b) {
                if (cited(scale, b) == null) {
                    faults.add(fault(scaleId, NormField.SAMPLE, scale.norms().isEmpty()
                            ? "names no reference sample: " + definition.abbreviation() + " " + scale.id()
                                    + " cites none, so send your own (name, mean, sd, metric)"
                            : "is not a reference sample of " + definition.abbreviation() + " " + scale.id()
                                    + " (samples: " + String.join(", ", scale.norms().stream().map(Norm::id).toList())
                                    + ")"));
                }
                continue;
            }
            ReferenceSample s = (ReferenceSample) e.getValue();
            if (s.name() == null || s.name().isBlank()) {
                faults.add(fault(scaleId, NormField.NAME, "is required: name the reference sample"));
            }
            if (!Double.isFinite(s.mean())) {
                faults.add(fault(scaleId, NormField.MEAN, "must be a finite number"));
            }
            if (!(s.sd() > 0) || !Double.isFinite(s.sd())) {
                faults.add(fault(scaleId, NormField.SD, "must be a number above 0"));
            }
            if (s.metric() == null) {
                faults.add(fault(scaleId, NormField.METRIC, "is required: score, item-mean or item-sum "
                        + "(what the mean and SD describe; published norms use different conventions)"));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidResponsesException(faults);
        }
    }

    private static ScoringFault fault(String scale, NormField field, String reason) {
        return new ScoringFault(ScoringLocation.norm(scale, field), reason);
    }

    private static Norm cited(Scale scale, BuiltInSample sample) {
        return scale.norms().stream().filter(n -> n.id().equals(sample.id())).findFirst().orElse(null);
    }

    /** The result placed against the sample asked for, which {@link #check} has found. */
    static ScaleResult placed(ScaleResult result, Scale scale, NormRequest requested) {
        if (!result.scored()) {
            return result;
        }
        double score = result.score().doubleValue();
        List<NormScore> placed = new ArrayList<>(1);
        if (requested instanceof ReferenceSample own) {
            double factor = toScoreMetric(scale, own.metric());
            placed.add(place(score, own.name(), "request", own.mean() * factor, own.sd() * factor, null, null));
        } else {
            Norm norm = cited(scale, (BuiltInSample) requested);
            placed.add(place(score, norm.name(), "definition", norm.mean(), norm.sd(), norm.n(), norm.source()));
        }
        return result.withNorms(placed);
    }

    /** The factor that turns a mean or SD in the given metric into the scale's reported-score metric. */
    static double toScoreMetric(Scale scale, NormMetric metric) {
        int k = scale.items().size();
        double m = scale.effectiveMultiplier();
        return switch (metric) {
            case ITEM_MEAN -> scale.aggregation() == Aggregation.MEAN ? m : k * m;
            case ITEM_SUM -> scale.aggregation() == Aggregation.MEAN ? m / k : m;
            case SCORE -> 1.0;
        };
    }

    private static NormScore place(double score, String name, String origin, double mean, double sd, Integer n,
            String source) {
        double z = (score - mean) / sd;
        return new NormScore(name, origin, mean, sd, n, source, scaled(z, 2), scaled(50 + 10 * z, 1),
                scaled(100 * phi(z), 1));
    }

    private static double phi(double z) {
        Double known = PHI.get(z);
        if (known != null) {
            return known;
        }
        double p = STANDARD_NORMAL.cumulativeProbability(z);
        if (PHI.size() < PHI_ENTRIES) {
            PHI.put(z, p);
        }
        return p;
    }

    private static BigDecimal scaled(double value, int places) {
        return Decimals.halfUpDecimal(value, places);
    }
}
