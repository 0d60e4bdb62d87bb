package org.measura.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a definition for the faults that would make it score wrongly: duplicate or unknown ids, bands that
 * overlap, leave gaps or leave the range, a stated range the items cannot produce, figures without a source.
 */
public final class DefinitionValidator {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern ITEM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");
    private static final Pattern LOINC = Pattern.compile("\\d{1,7}-\\d");
    private static final Pattern LOINC_ANSWER = Pattern.compile("LA\\d{1,7}-\\d");
    static final int MAX_LABEL_LENGTH = 60;
    private static final double EPSILON = 1e-9;

    private final List<DefinitionFault> faults = new ArrayList<>();
    private final InstrumentDefinition definition;
    private final Set<String> sourceIds = new HashSet<>();
    private final Set<String> itemIds = new HashSet<>();
    private final Set<String> unscoredIds = new HashSet<>();

    private DefinitionValidator(InstrumentDefinition definition) {
        this.definition = definition;
    }

    public static List<DefinitionFault> validate(InstrumentDefinition definition) {
        DefinitionValidator v = new DefinitionValidator(definition);
        v.run();
        return List.copyOf(v.faults);
    }

    private void run() {
        InstrumentDefinition d = definition;
        if (d.id() == null || !ID.matcher(d.id()).matches()) {
            fault("/id", "must be 1-40 lower-case letters, digits or hyphens, starting with a letter or digit");
        }
        requireText("/name", d.name());
        requireText("/abbreviation", d.abbreviation());
        requireText("/formVersion", d.formVersion());
        checkSources();
        if (d.licence() == null) {
            fault("/licence", "is required");
        } else {
            requireText("/licence/terms", d.licence().terms());
            sourceRef("/licence/source", d.licence().source(), false);
        }
        checkResponses();
        checkItems();
        checkUnscoredItems();
        checkReverseKeys();
        checkCodings();
        checkScales();
        checkRules("/flags", d.flags());
        checkRules("/criteria", d.criteria());
        for (int i = 0; i < d.criteria().size(); i++) {
            if (d.criteria().get(i).risk() != null) {
                fault("/criteria/" + i + "/risk", "applies to flags only: a criterion is always reported");
            }
        }
        checkProfile(d.profile());
    }

    private void checkProfile(Profile profile) {
        if (profile == null) {
            return;
        }
        requireText("/profile/label", profile.label());
        Set<String> scaleIds = new HashSet<>();
        definition.scales().forEach(s -> scaleIds.add(s.id()));
        if (profile.ranked().size() < 2) {
            fault("/profile/ranked", "must list at least two scales to rank");
        }
        for (int i = 0; i < profile.ranked().size(); i++) {
            if (!scaleIds.contains(profile.ranked().get(i))) {
                fault("/profile/ranked/" + i, "names scale '" + EchoRule.shown(profile.ranked().get(i)) + "', which the instrument does not have");
            }
        }
        for (int i = 0; i < profile.styles().size(); i++) {
            if (!scaleIds.contains(profile.styles().get(i))) {
                fault("/profile/styles/" + i, "names scale '" + EchoRule.shown(profile.styles().get(i)) + "', which the instrument does not have");
            }
        }
        sourceRef("/profile/source", profile.source(), true);
    }

    private void checkSources() {
        List<Source> sources = definition.sources();
        if (sources.isEmpty()) {
            fault("/sources", "must cite at least one source");
        }
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            String at = "/sources/" + i;
            if (s.id() == null || s.id().isBlank()) {
                fault(at + "/id", "is required");
            } else if (!sourceIds.add(s.id())) {
                fault(at + "/id", "duplicates source id '" + EchoRule.shown(s.id()) + "'");
            }
            requireText(at + "/citation", s.citation());
            if (s.verification() == null) {
                fault(at + "/verification", "must be primary, secondary or single-secondary");
            }
        }
    }

    private void checkResponses() {
        ResponseScale r = definition.responses();
        if (r == null) {
            fault("/responses", "is required");
            return;
        }
        if (r.min() >= r.max()) {
            fault("/responses", "min must be below max");
        }
        if (Math.abs((long) r.min()) > 1000 || Math.abs((long) r.max()) > 1000) {
            fault("/responses", "values must lie between -1000 and 1000");
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < r.options().size(); i++) {
            ResponseOption o = r.options().get(i);
            String at = "/responses/options/" + i;
            if (!r.allows(o.value())) {
                fault(at + "/value", "lies outside the response range " + r.min() + "-" + r.max());
            }
            if (!seen.add(o.value())) {
                fault(at + "/value", "duplicates response value " + o.value());
            }
            label(at + "/label", o.label());
        }
        sourceRef("/responses/source", r.source(), false);
    }

    private void checkItems() {
        List<Item> items = definition.items();
        if (items.isEmpty()) {
            fault("/items", "must list at least one item");
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String at = "/items/" + i;
            if (item.id() == null || !ITEM_ID.matcher(item.id()).matches()) {
                fault(at + "/id", "must be the item's number or code on the form (1-20 letters, digits, '.', '_', '-')");
            } else if (!itemIds.add(item.id())) {
                fault(at + "/id", "duplicates item id '" + EchoRule.shown(item.id()) + "'");
            }
            label(at + "/label", item.label());
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String at = "/items/" + i;
            if (item.whenUnanswered() != null) {
                inResponseRange(at + "/whenUnanswered/scoreAs", item.whenUnanswered().scoreAs());
                requireText(at + "/whenUnanswered/reason", item.whenUnanswered().reason());
                sourceRef(at + "/whenUnanswered/source", item.whenUnanswered().source(), true);
            }
            SkipRule skip = item.skip();
            if (skip != null) {
                if (!itemIds.contains(skip.ifItem()) || skip.ifItem().equals(item.id())) {
                    fault(at + "/skip/ifItem", "must name another item of this instrument");
                }
                inResponseRange(at + "/skip/equals", skip.equals());
                inResponseRange(at + "/skip/scoreAs", skip.scoreAs());
                sourceRef(at + "/skip/source", skip.source(), true);
            }
        }
    }

    private void checkUnscoredItems() {
        List<UnscoredItem> unscored = definition.unscoredItems();
        for (int i = 0; i < unscored.size(); i++) {
            UnscoredItem item = unscored.get(i);
            String at = "/unscoredItems/" + i;
            if (item.id() == null || !ITEM_ID.matcher(item.id()).matches()) {
                fault(at + "/id", "must be the item's number or code on the form "
                        + "(1-20 letters, digits, '.', '_', '-')");
            } else if (itemIds.contains(item.id())) {
                fault(at + "/id", "duplicates item id '" + EchoRule.shown(item.id()) + "' (an item is either scored or not)");
            } else if (!unscoredIds.add(item.id())) {
                fault(at + "/id", "duplicates unscored item id '" + EchoRule.shown(item.id()) + "'");
            }
            label(at + "/label", item.label());
            for (int j = 0; j < item.loinc().size(); j++) {
                if (!LOINC.matcher(item.loinc().get(j)).matches()) {
                    fault(at + "/loinc/" + j, "must be a LOINC code such as 69722-7");
                }
            }
            for (int j = 0; j < item.answers().size(); j++) {
                UnscoredItem.Answer answer = item.answers().get(j);
                label(at + "/answers/" + j + "/label", answer.label());
                if (answer.loinc() != null && !LOINC_ANSWER.matcher(answer.loinc()).matches()) {
                    fault(at + "/answers/" + j + "/loinc", "must be a LOINC answer code such as LA6572-7");
                }
            }
            sourceRef(at + "/source", item.source(), true);
        }
    }

    private void checkReverseKeys() {
        Set<String> seen = new HashSet<>();
        List<String> reversed = definition.reverseKeyed();
        for (int i = 0; i < reversed.size(); i++) {
            String id = reversed.get(i);
            if (!itemIds.contains(id)) {
                fault("/reverseKeyed/" + i, "names item '" + EchoRule.shown(id) + "', which the instrument does not have");
            } else if (!seen.add(id)) {
                fault("/reverseKeyed/" + i, "lists item '" + EchoRule.shown(id) + "' twice");
            }
        }
        if (!reversed.isEmpty()) {
            sourceRef("/reverseKeyedSource", definition.reverseKeyedSource(), true);
        }
    }

    private void checkCodings() {
        Set<String> seen = new HashSet<>();
        List<Coding> codings = definition.codings();
        for (int i = 0; i < codings.size(); i++) {
            Coding c = codings.get(i);
            String at = "/codings/" + i;
            if (c.id() == null || !ID.matcher(c.id()).matches()) {
                fault(at + "/id", "must be 1-40 lower-case letters, digits or hyphens");
            } else if (!seen.add(c.id())) {
                fault(at + "/id", "duplicates coding id '" + EchoRule.shown(c.id()) + "'");
            }
            requireText(at + "/description", c.description());
            if (c.map().isEmpty()) {
                fault(at + "/map", "must map every value of this coding to the definition's coding");
            }
            for (Map.Entry<String, Integer> e : c.map().entrySet()) {
                if (parseInt(e.getKey()) == null) {
                    fault(at + "/map/" + e.getKey(), "key must be a whole number");
                }
                inResponseRange(at + "/map/" + e.getKey(), e.getValue());
            }
            sourceRef(at + "/source", c.source(), true);
        }
    }

    private void checkScales() {
        List<Scale> scales = definition.scales();
        if (scales.isEmpty()) {
            fault("/scales", "must define at least one scale");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scales.size(); i++) {
            Scale s = scales.get(i);
            String at = "/scales/" + i;
            if (s.id() == null || !ID.matcher(s.id()).matches()) {
                fault(at + "/id", "must be 1-40 lower-case letters, digits or hyphens");
            } else if (!seen.add(s.id())) {
                fault(at + "/id", "duplicates scale id '" + EchoRule.shown(s.id()) + "'");
            }
            requireText(at + "/name", s.name());
            checkScale(at, s);
        }
    }

    private void checkScale(String at, Scale s) {
        if (s.items().isEmpty()) {
            fault(at + "/items", "must list at least one item");
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < s.items().size(); j++) {
            String id = s.items().get(j);
            if (!itemIds.contains(id)) {
                fault(at + "/items/" + j, "names item '" + EchoRule.shown(id) + "', which the instrument does not have");
            } else if (!seen.add(id)) {
                fault(at + "/items/" + j, "lists item '" + EchoRule.shown(id) + "' twice");
            }
        }
        if (s.aggregation() == null) {
            fault(at + "/aggregation", "is required (sum or mean)");
        }
        if (s.multiplier() != null && !(s.multiplier() > 0 && s.multiplier() <= 1000)) {
            fault(at + "/multiplier", "must be above 0 and at most 1000");
        }
        if (s.direction() == null) {
            fault(at + "/direction", "is required (higher-is-worse or higher-is-better)");
        }
        if (s.missing() == null) {
            fault(at + "/missing", "is required: state the published missing-item rule, or maxMissing 0 with a note");
        } else {
            if (s.missing().maxMissing() < 0 || s.missing().maxMissing() >= Math.max(1, s.items().size())) {
                fault(at + "/missing/maxMissing", "must be at least 0 and below the number of items");
            }
            if (s.missing().source() == null) {
                requireText(at + "/missing/note", s.missing().note());
            } else {
                sourceRef(at + "/missing/source", s.missing().source(), true);
            }
        }
        checkRecode(at, s);
        if (s.range() == null) {
            fault(at + "/range", "is required");
            return;
        }
        Range possible = possibleRange(s);
        if (possible != null && (Math.abs(possible.min() - s.range().min()) > EPSILON
                || Math.abs(possible.max() - s.range().max()) > EPSILON)) {
            fault(at + "/range", "states " + fmt(s.range().min()) + "-" + fmt(s.range().max())
                    + " but the items, coding and aggregation give " + fmt(possible.min()) + "-" + fmt(possible.max()));
        }
        checkBands(at, s);
        for (int j = 0; j < s.cutoffs().size(); j++) {
            Cutoff c = s.cutoffs().get(j);
            String cat = at + "/cutoffs/" + j;
            requireText(cat + "/id", c.id());
            requireText(cat + "/label", c.label());
            if (c.comparison() == null) {
                fault(cat + "/comparison", "is required (at-or-above, above, at-or-below or below)");
            }
            if (!s.range().contains(c.value())) {
                fault(cat + "/value", "lies outside the scale's range");
            }
            sourceRef(cat + "/source", c.source(), true);
        }
        if (s.cutoffs().stream().filter(Cutoff::isRecovery).count() > 1) {
            fault(at + "/cutoffs", "marks more than one cut-off for recovery");
        }
        int defaults = 0;
        for (int j = 0; j < s.reliableChange().size(); j++) {
            ReliableChange rc = s.reliableChange().get(j);
            String rat = at + "/reliableChange/" + j;
            requireText(rat + "/id", rc.id());
            if (!(rc.threshold() > 0) || rc.threshold() > s.range().max() - s.range().min()) {
                fault(rat + "/threshold", "must be above 0 and within the scale's width");
            }
            if (rc.isDefault()) {
                defaults++;
            }
            sourceRef(rat + "/source", rc.source(), true);
        }
        if (defaults > 1) {
            fault(at + "/reliableChange", "marks more than one threshold as the default");
        }
        for (int j = 0; j < s.reliability().size(); j++) {
            Reliability r = s.reliability().get(j);
            String rat = at + "/reliability/" + j;
            if (r.kind() == null) {
                fault(rat + "/kind", "must be alpha or test-retest");
            }
            if (!(r.value() > 0 && r.value() < 1)) {
                fault(rat + "/value", "must lie between 0 and 1");
            }
            sourceRef(rat + "/source", r.source(), true);
        }
        Set<String> normIds = new HashSet<>();
        for (int j = 0; j < s.norms().size(); j++) {
            Norm n = s.norms().get(j);
            String nat = at + "/norms/" + j;
            requireText(nat + "/id", n.id());
            if (n.id() != null && !normIds.add(n.id())) {
                // A request names a cited sample by its id ("norms": {"total": "<id>"}), so ids must be unique.
                fault(nat + "/id", "repeats the id of another reference sample of this scale");
            }
            requireText(nat + "/name", n.name());
            if (n.population() == null) {
                fault(nat + "/population", "must be general, clinical or functional");
            }
            if (!(n.sd() > 0)) {
                fault(nat + "/sd", "must be above 0");
            }
            sourceRef(nat + "/source", n.source(), true);
        }
    }

    private void checkRecode(String at, Scale s) {
        ResponseScale r = definition.responses();
        if (s.recode().isEmpty() || r == null) {
            return;
        }
        for (int v = r.min(); v <= r.max(); v++) {
            if (!s.recode().containsKey(Integer.toString(v))) {
                fault(at + "/recode", "must give a value for every response value; " + v + " has none");
            }
        }
        for (String key : s.recode().keySet()) {
            Integer v = parseInt(key);
            if (v == null || !r.allows(v)) {
                fault(at + "/recode/" + key, "key must be a response value within " + r.min() + "-" + r.max());
            }
        }
    }

    private void checkBands(String at, Scale s) {
        if (!s.bands().isEmpty()) {
            sourceRef(at + "/bandsSource", s.bandsSource(), true);
            checkBandList(at + "/bands", s.bands(), s.range());
        }
        Set<String> setIds = new HashSet<>();
        for (int j = 0; j < s.alternativeBands().size(); j++) {
            BandSet set = s.alternativeBands().get(j);
            String sat = at + "/alternativeBands/" + j;
            requireText(sat + "/id", set.id());
            if (set.id() != null && !setIds.add(set.id())) {
                fault(sat + "/id", "duplicates band set id '" + EchoRule.shown(set.id()) + "'");
            }
            requireText(sat + "/label", set.label());
            sourceRef(sat + "/source", set.source(), true);
            if (set.bands().isEmpty()) {
                fault(sat + "/bands", "must list at least one band");
            }
            checkBandList(sat + "/bands", set.bands(), s.range());
        }
    }

    private void checkBandList(String at, List<Band> bands, Range range) {
        Set<String> ids = new HashSet<>();
        for (int j = 0; j < bands.size(); j++) {
            Band b = bands.get(j);
            String bat = at + "/" + j;
            requireText(bat + "/id", b.id());
            if (b.id() != null && !ids.add(b.id())) {
                fault(bat + "/id", "duplicates band id '" + EchoRule.shown(b.id()) + "'");
            }
            requireText(bat + "/label", b.label());
            if (b.min() > b.max()) {
                fault(bat, "min lies above max");
            }
            if (j == 0 && Math.abs(b.min() - range.min()) > EPSILON) {
                fault(bat + "/min", "the first band must start at the scale's minimum " + fmt(range.min()));
            }
            if (j == bands.size() - 1 && Math.abs(b.max() - range.max()) > EPSILON) {
                fault(bat + "/max", "the last band must end at the scale's maximum " + fmt(range.max()));
            }
            if (j > 0) {
                Band prev = bands.get(j - 1);
                if (b.min() <= prev.max()) {
                    fault(bat + "/min", "overlaps the band before it (which ends at " + fmt(prev.max()) + ")");
                } else if (Math.abs(b.min() - (prev.max() + 1)) > EPSILON) {
                    fault(bat + "/min", "leaves a gap after the band before it (which ends at " + fmt(prev.max())
                            + "); whole-score bands must follow on at " + fmt(prev.max() + 1));
                }
            }
        }
    }

    private void checkRules(String at, List<Rule> rules) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            String rat = at + "/" + i;
            if (rule.id() == null || !ID.matcher(rule.id()).matches()) {
                fault(rat + "/id", "must be 1-40 lower-case letters, digits or hyphens");
            } else if (!ids.add(rule.id())) {
                fault(rat + "/id", "duplicates rule id '" + EchoRule.shown(rule.id()) + "'");
            }
            requireText(rat + "/label", rule.label());
            requireText(rat + "/meaning", rule.meaning());
            if (rule.when().isEmpty()) {
                fault(rat + "/when", "must hold at least one condition");
            }
            for (int j = 0; j < rule.when().size(); j++) {
                Condition c = rule.when().get(j);
                String cat = rat + "/when/" + j;
                if (c.items().isEmpty()) {
                    fault(cat + "/items", "must list at least one item");
                }
                for (int k = 0; k < c.items().size(); k++) {
                    if (!itemIds.contains(c.items().get(k))) {
                        fault(cat + "/items/" + k, "names item '" + EchoRule.shown(c.items().get(k))
                                + "', which the instrument does not have");
                    }
                }
                if ((c.atLeast() == null) == (c.atMost() == null)) {
                    fault(cat, "must give exactly one of atLeast and atMost");
                } else if (c.atLeast() != null) {
                    inResponseRange(cat + "/atLeast", c.atLeast());
                } else {
                    inResponseRange(cat + "/atMost", c.atMost());
                }
                if (c.requiredCount() < 1 || c.requiredCount() > c.items().size()) {
                    fault(cat + "/minCount", "must be between 1 and the number of items listed");
                }
            }
            sourceRef(rat + "/source", rule.source(), true);
        }
    }

    /** The lowest and highest score the scale's items can give, or null when the definition is too broken to tell. */
    private Range possibleRange(Scale s) {
        ResponseScale r = definition.responses();
        if (r == null || s.aggregation() == null || s.items().isEmpty() || r.min() >= r.max()) {
            return null;
        }
        double lo = r.min();
        double hi = r.max();
        if (!s.recode().isEmpty()) {
            lo = s.recode().values().stream().mapToInt(Integer::intValue).min().orElse(r.min());
            hi = s.recode().values().stream().mapToInt(Integer::intValue).max().orElse(r.max());
        }
        int n = s.items().size();
        double m = s.effectiveMultiplier();
        return s.aggregation() == Aggregation.SUM ? new Range(lo * n * m, hi * n * m) : new Range(lo * m, hi * m);
    }

    private void inResponseRange(String at, Integer value) {
        ResponseScale r = definition.responses();
        if (value == null) {
            fault(at, "is required");
        } else if (r != null && !r.allows(value)) {
            fault(at, "lies outside the response range " + r.min() + "-" + r.max());
        }
    }

    private void label(String at, String label) {
        if (label == null || label.isBlank()) {
            fault(at, "is required: a few words of our own");
        } else if (label.length() > MAX_LABEL_LENGTH) {
            fault(at, "is longer than " + MAX_LABEL_LENGTH
                    + " characters: labels are a few words of our own, never the item's wording");
        }
    }

    private void sourceRef(String at, String sourceId, boolean required) {
        if (sourceId == null) {
            if (required) {
                fault(at, "must name the source of this figure");
            }
        } else if (!sourceIds.contains(sourceId)) {
            fault(at, "names source '" + EchoRule.shown(sourceId) + "', which is not among the definition's sources");
        }
    }

    private void requireText(String at, String value) {
        if (value == null || value.isBlank()) {
            fault(at, "is required");
        }
    }

    private void fault(String pointer, String reason) {
        faults.add(new DefinitionFault(pointer, reason));
    }

    private static Integer parseInt(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
