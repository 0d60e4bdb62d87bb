package org.measura.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.measura.catalog.Aggregation;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.JsonPointers;
import org.measura.catalog.Norm;
import org.measura.catalog.Scale;

/** z, T and percentile of a scale score against cited and caller-supplied reference samples. */
final class NormScoring {

    static final Set<String> METRICS = Set.of("score", "item-mean", "item-sum");
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
    /**
     * Φ(z) already computed: each costs a continued fraction (about a microsecond), and the built-in norms meet the
     * same few hundred z values again and again. Bounded, since caller-supplied samples make z arbitrary.
     */
    private static final Map<Double, Double> PHI = new ConcurrentHashMap<>();
    private static final int PHI_ENTRIES = 65_536;

    private NormScoring() {
    }

    static void check(InstrumentDefinition definition, Map<String, ReferenceSample> samples)
            throws InvalidResponsesException {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, ReferenceSample> e : samples.entrySet()) {
            String at = "/norms/" + JsonPointers.escape(e.getKey());
            ReferenceSample s = e.getValue();
            if (definition.scale(e.getKey()).isEmpty()) {
                errors.add(new FieldError(at, "is not a scale of " + definition.abbreviation()));
                continue;
            }
            if (s.name() == null || s.name().isBlank()) {
                errors.add(new FieldError(at + "/name", "is required: name the reference sample"));
            }
            if (!Double.isFinite(s.mean())) {
                errors.add(new FieldError(at + "/mean", "must be a finite number"));
            }
            if (!(s.sd() > 0) || !Double.isFinite(s.sd())) {
                errors.add(new FieldError(at + "/sd", "must be a number above 0"));
            }
            if (s.metric() == null || !METRICS.contains(s.metric())) {
                errors.add(new FieldError(at + "/metric", "is required: score, item-mean or item-sum "
                        + "(what the mean and SD describe; published norms use different conventions)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidResponsesException(errors);
        }
    }

    static ScaleResult placed(ScaleResult result, Scale scale, ReferenceSample requested) {
        if (!result.scored() || (scale.norms().isEmpty() && requested == null)) {
            return result;
        }
        double score = result.score().doubleValue();
        List<NormScore> placed = new ArrayList<>();
        if (requested != null) {
            double factor = toScoreMetric(scale, requested.metric());
            placed.add(place(score, requested.name(), "request", requested.mean() * factor, requested.sd() * factor,
                    null, null));
        }
        for (Norm norm : scale.norms()) {
            placed.add(place(score, norm.name(), "definition", norm.mean(), norm.sd(), norm.n(), norm.source()));
        }
        return new ScaleResult(result.id(), result.name(), result.score(), result.range(), result.direction(),
                result.loinc(), result.band(), result.cutoffs(), result.items(), result.answered(),
                result.missingItems(), result.prorated(), result.prorating(), result.notScoredReason(), placed);
    }

    /** The factor that turns a mean or SD in the given metric into the scale's reported-score metric. */
    static double toScoreMetric(Scale scale, String metric) {
        int k = scale.items().size();
        double m = scale.effectiveMultiplier();
        return switch (metric) {
            case "item-mean" -> scale.aggregation() == Aggregation.MEAN ? m : k * m;
            case "item-sum" -> scale.aggregation() == Aggregation.MEAN ? m / k : m;
            default -> 1.0;
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
