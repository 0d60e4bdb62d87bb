package org.measura.scoring;

import java.util.Map;
import java.util.stream.Collectors;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.InstrumentDefinition;

/** The scoring plan of every built-in definition, prepared once; a plan is made on the spot for any other. */
public final class ScoringPlans {

    private final Map<String, ScoringPlan> builtIn;

    public ScoringPlans(InstrumentCatalog catalog) {
        this.builtIn = catalog.all().stream()
                .collect(Collectors.toUnmodifiableMap(InstrumentDefinition::id, ScoringPlan::of));
    }

    /** The prepared plan of a built-in definition; a new plan for any other (an inline definition). */
    public ScoringPlan of(InstrumentDefinition definition) {
        ScoringPlan plan = builtIn.get(definition.id());
        return plan != null && plan.definition() == definition ? plan : ScoringPlan.of(definition);
    }
}
