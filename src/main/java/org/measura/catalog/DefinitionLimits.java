package org.measura.catalog;

import java.util.ArrayList;
import java.util.List;

/** Size limits for definitions sent inline with a request, so that scoring one stays cheap. */
public final class DefinitionLimits {

    public static final int MAX_ITEMS = 200;
    public static final int MAX_UNSCORED_ITEMS = 20;
    public static final int MAX_SCALES = 60;
    public static final int MAX_BANDS = 20;
    public static final int MAX_CUTOFFS = 10;
    public static final int MAX_SOURCES = 50;
    public static final int MAX_CODINGS = 5;
    public static final int MAX_RULES = 50;

    private DefinitionLimits() {
    }

    public static List<DefinitionFault> check(InstrumentDefinition d) {
        List<DefinitionFault> faults = new ArrayList<>();
        limit(faults, "/items", d.items().size(), MAX_ITEMS);
        limit(faults, "/unscoredItems", d.unscoredItems().size(), MAX_UNSCORED_ITEMS);
        for (int i = 0; i < d.unscoredItems().size(); i++) {
            limit(faults, "/unscoredItems/" + i + "/loinc", d.unscoredItems().get(i).loinc().size(), 5);
            limit(faults, "/unscoredItems/" + i + "/answers", d.unscoredItems().get(i).answers().size(), 20);
        }
        limit(faults, "/scales", d.scales().size(), MAX_SCALES);
        limit(faults, "/sources", d.sources().size(), MAX_SOURCES);
        limit(faults, "/codings", d.codings().size(), MAX_CODINGS);
        limit(faults, "/flags", d.flags().size(), MAX_RULES);
        limit(faults, "/criteria", d.criteria().size(), MAX_RULES);
        for (int i = 0; i < d.scales().size(); i++) {
            Scale s = d.scales().get(i);
            limit(faults, "/scales/" + i + "/bands", s.bands().size(), MAX_BANDS);
            limit(faults, "/scales/" + i + "/cutoffs", s.cutoffs().size(), MAX_CUTOFFS);
            limit(faults, "/scales/" + i + "/alternativeBands", s.alternativeBands().size(), 3);
        }
        if (d.responses() != null && (long) d.responses().max() - d.responses().min() > 100) {
            faults.add(new DefinitionFault("/responses", "spans more than 100 values"));
        }
        return faults;
    }

    private static void limit(List<DefinitionFault> faults, String at, int size, int max) {
        if (size > max) {
            faults.add(new DefinitionFault(at, "holds " + size + " entries; an inline definition may hold at most " + max));
        }
    }
}
