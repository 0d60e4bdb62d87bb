package org.measura.scoring;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.measura.catalog.Coding;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Item;
import org.measura.catalog.Scale;

/**
 * A definition with the lookups scoring makes on every administration prepared once: item ids and reverse keys as
 * hash sets, alternative codings and scale recodings keyed by number. The service prepares a plan per built-in
 * instrument at start-up; an inline definition gets its own plan per request.
 */
public final class ScoringPlan {

    private final InstrumentDefinition definition;
    private final Set<String> itemIds = new HashSet<>();
    private final Set<String> reverseKeyed;
    private final Map<String, Map<Integer, Integer>> codings = new HashMap<>();
    private final List<Map<Integer, Integer>> recodes;

    private ScoringPlan(InstrumentDefinition definition) {
        this.definition = definition;
        for (Item item : definition.items()) {
            itemIds.add(item.id());
        }
        reverseKeyed = Set.copyOf(definition.reverseKeyed());
        for (Coding coding : definition.codings()) {
            codings.putIfAbsent(coding.id(), byNumber(coding.map()));
        }
        recodes = definition.scales().stream().map(s -> byNumber(s.recode())).toList();
    }

    public static ScoringPlan of(InstrumentDefinition definition) {
        return new ScoringPlan(definition);
    }

    public InstrumentDefinition definition() {
        return definition;
    }

    boolean hasItem(String itemId) {
        return itemIds.contains(itemId);
    }

    boolean reverseKeyed(String itemId) {
        return reverseKeyed.contains(itemId);
    }

    /** The coding's map from its values to the definition's own, or empty when the definition has no such coding. */
    Optional<Map<Integer, Integer>> coding(String codingId) {
        return Optional.ofNullable(codings.get(codingId));
    }

    /** The recoding of the scale at {@code index} in the definition's scale list; empty when it counts values as ticked. */
    Map<Integer, Integer> recode(int index) {
        return recodes.get(index);
    }

    Scale scale(int index) {
        return definition.scales().get(index);
    }

    /** Only keys written as a number is printed ("2", not "02" or "+2") can match a response, as before. */
    private static Map<Integer, Integer> byNumber(Map<String, Integer> map) {
        Map<Integer, Integer> byNumber = new HashMap<>();
        map.forEach((key, value) -> {
            try {
                int number = Integer.parseInt(key);
                if (Integer.toString(number).equals(key)) {
                    byNumber.put(number, value);
                }
            } catch (NumberFormatException e) {
                // not a value any response can have
            }
        });
        return Map.copyOf(byNumber);
    }
}
