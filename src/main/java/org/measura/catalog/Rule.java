package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An item rule: it holds when every condition holds. Used for flags (reported only when they fire, e.g. any
 * answer above 0 on a self-harm item) and criteria (always reported, e.g. a provisional-diagnosis rule).
 * Conditions look at answers as printed on the form, before reverse keying.
 *
 * @param risk true for a flag that watches for risk to the client or others (a self-harm item, say): when one of
 *             its items is not answered the answer says that this risk was not assessed, because a missing answer
 *             is not a "no" (see docs/api.md, "Unanswered risk items"); flags only
 */
public record Rule(String id, String label, String meaning, List<Condition> when, String source,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean risk) {
    public Rule {
        when = InstrumentDefinition.listOrEmpty(when);
    }

    public boolean isRisk() {
        return Boolean.TRUE.equals(risk);
    }

    /** Every item the rule's conditions read, once each, in the order they are first named. */
    public List<String> items() {
        return when.stream().flatMap(c -> c.items().stream()).distinct().toList();
    }
}
