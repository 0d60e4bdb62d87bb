package org.measura.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.measura.catalog.Condition;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Rule;

/**
 * Finds the risk flags whose items were left unanswered, and says so in words a clinician reads. A missing answer on
 * a risk item is never read as "no risk": the answer says that the risk was not assessed.
 */
public final class RiskStatements {

    private RiskStatements() {
    }

    /**
     * @param answered whether the client answered an item (by item id), as given, before any skip or
     *                 not-applicable rule stands in for an answer
     * @param fired    the ids of the flags that fired
     */
    public static List<UnassessedRisk> unassessed(InstrumentDefinition definition, Predicate<String> answered,
            Set<String> fired) {
        List<UnassessedRisk> risks = null;
        for (Rule rule : definition.flags()) {
            if (!rule.isRisk()) {
                continue;
            }
            List<String> missing = unanswered(rule, answered);
            if (missing == null) {
                continue;
            }
            boolean hasFired = fired.contains(rule.id());
            if (risks == null) {
                risks = new ArrayList<>();
            }
            risks.add(new UnassessedRisk(rule.id(), rule.label(), missing, hasFired,
                    statement(definition.abbreviation(), rule.label(), missing, hasFired)));
        }
        return risks == null ? List.of() : risks;
    }

    /**
     * The rule's items left unanswered, once each in the order first named ({@link Rule#items()} filtered), or null
     * when every one was answered: a loop rather than streams, as a trend asks this of every administration.
     */
    private static List<String> unanswered(Rule rule, Predicate<String> answered) {
        List<String> missing = null;
        for (Condition condition : rule.when()) {
            for (String item : condition.items()) {
                if (!answered.test(item) && (missing == null || !missing.contains(item))) {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(item);
                }
            }
        }
        return missing == null ? null : List.copyOf(missing);
    }

    /** As {@link #unassessed(InstrumentDefinition, Predicate, Set)}, from raw responses. */
    public static List<UnassessedRisk> unassessed(InstrumentDefinition definition, Map<String, Integer> responses,
            Set<String> fired) {
        return unassessed(definition, item -> responses.get(item) != null, fired);
    }

    static String statement(String abbreviation, String flagLabel, List<String> missing, boolean fired) {
        String items = (missing.size() == 1 ? "item " : "items ") + String.join(", ", missing);
        String verb = missing.size() == 1 ? " was" : " were";
        if (fired) {
            return "Risk partly assessed: " + abbreviation + " " + items + verb + " not answered, so what "
                    + (missing.size() == 1 ? "it asks" : "they ask") + " about was not assessed; the risk flag ("
                    + flagLabel + ") was raised by the items that were answered.";
        }
        return "Risk not assessed: " + abbreviation + " " + items + verb + " not answered, so the risk this flag ("
                + flagLabel + ") watches for was not assessed. A missing answer is not a \"no\": ask the client "
                + "directly before relying on this result.";
    }
}
