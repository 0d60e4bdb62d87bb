package org.measura.catalog;

import java.util.List;

/**
 * An item rule: it holds when every condition holds. Used for flags (reported only when they fire, e.g. any
 * answer above 0 on a self-harm item) and criteria (always reported, e.g. a provisional-diagnosis rule).
 * Conditions look at answers as printed on the form, before reverse keying.
 */
public record Rule(String id, String label, String meaning, List<Condition> when, String source) {
    public Rule {
        when = InstrumentDefinition.listOrEmpty(when);
    }
}
