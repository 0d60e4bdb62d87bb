package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Holds when at least {@code minCount} (default 1) of {@code items} were answered {@code atLeast} or higher, or
 * {@code atMost} or lower: a condition gives exactly one of the two.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Condition(List<String> items, Integer atLeast, Integer atMost, Integer minCount) {
    public Condition {
        items = InstrumentDefinition.listOrEmpty(items);
    }

    public int requiredCount() {
        return minCount == null ? 1 : minCount;
    }

    /** Whether an answered value meets the condition. */
    public boolean matches(int value) {
        return atLeast != null ? value >= atLeast : atMost != null && value <= atMost;
    }
}
