package org.measura.instruments;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.measura.catalog.InstrumentCatalog;
import org.measura.scoring.ScaleResult;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;

/** Test helper: scores built-in instruments with plain Java, no HTTP. */
final class Scoring {

    static final InstrumentCatalog CATALOG = InstrumentCatalog.loadBuiltIn();

    private Scoring() {
    }

    /** Items numbered 1..n answered with the given values in order; a null value leaves that item unanswered. */
    static Map<String, Integer> answers(Integer... values) {
        Map<String, Integer> responses = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            responses.put(Integer.toString(i + 1), values[i]);
        }
        return responses;
    }

    /** Every item 1..n answered with the same value. */
    static Map<String, Integer> all(int items, int value) {
        Integer[] values = new Integer[items];
        Arrays.fill(values, value);
        return answers(values);
    }

    static ScoreResult score(String instrument, Map<String, Integer> responses) {
        return score(instrument, responses, null);
    }

    static ScoreResult score(String instrument, Map<String, Integer> responses, String coding) {
        try {
            return Scorer.score(CATALOG.find(instrument).orElseThrow(), responses, coding);
        } catch (Exception e) {
            throw new AssertionError("scoring failed: " + e, e);
        }
    }

    static ScaleResult scale(ScoreResult result, String scaleId) {
        return result.scales().stream().filter(s -> s.id().equals(scaleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no scale " + scaleId));
    }

    static double scoreOf(ScoreResult result, String scaleId) {
        ScaleResult scale = scale(result, scaleId);
        if (scale.score() == null) {
            throw new AssertionError("scale " + scaleId + " not scored: " + scale.notScoredReason());
        }
        return scale.score().doubleValue();
    }

    static String bandOf(ScoreResult result, String scaleId) {
        ScaleResult scale = scale(result, scaleId);
        return scale.band() == null ? null : scale.band().id();
    }
}
