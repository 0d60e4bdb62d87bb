package org.measura.catalog;

import java.util.List;

/**
 * A profile of scales read together, such as the DSQ-40's defenses: {@code ranked} scales are reported from highest
 * to lowest, and the {@code styles} scale with the highest score is the predominant style.
 */
public record Profile(String label, List<String> ranked, List<String> styles, String source) {
    public Profile {
        ranked = InstrumentDefinition.listOrEmpty(ranked);
        styles = InstrumentDefinition.listOrEmpty(styles);
    }
}
