package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Holds when at least {@code minCount} of {@code items} were answered {@code atLeast} or higher. */
public record Condition(List<String> items, @JsonProperty(required = true) int atLeast, Integer minCount) {
    public Condition {
        items = InstrumentDefinition.listOrEmpty(items);
    }

    public int requiredCount() {
        return minCount == null ? 1 : minCount;
    }
}
