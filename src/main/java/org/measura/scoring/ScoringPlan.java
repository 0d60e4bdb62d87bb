package org.measura.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.measura.catalog.Coding;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Item;
import org.measura.catalog.Scale;
import org.measura.catalog.SkipRule;
import org.measura.catalog.UnscoredItem;

/**
 * A definition with the lookups scoring makes on every administration prepared once: each item's position in the
 * definition (scoring keeps an administration's values in an array by position), each scale's items and reverse keys
 * by position, alternative codings and scale recodings keyed by number. The service prepares a plan per built-in
 * instrument at start-up; an inline definition gets its own plan per request.
 */
public final class ScoringPlan {

    private final InstrumentDefinition definition;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, UnscoredItem> unscored = new HashMap<>();
    private final int[][] scaleItems;
    private final boolean[] reverseKeyed;
    private final int[] skipIf;
    private final Map<String, Map<Integer, Integer>> codings = new HashMap<>();
    private final List<Map<Integer, Integer>> recodes;

    private ScoringPlan(InstrumentDefinition definition) {
        this.definition = definition;
        List<Item> items = definition.items();
        for (int i = 0; i < items.size(); i++) {
            positions.putIfAbsent(items.get(i).id(), i);
        }
        definition.unscoredItems().forEach(u -> unscored.putIfAbsent(u.id(), u));
        reverseKeyed = new boolean[items.size()];
        for (String id : definition.reverseKeyed()) {
            int at = position(id);
            if (at >= 0) {
                reverseKeyed[at] = true;
            }
        }
        skipIf = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            SkipRule skip = items.get(i).skip();
            skipIf[i] = skip == null ? -1 : position(skip.ifItem());
        }
        scaleItems = definition.scales().stream()
                .map(s -> s.items().stream().mapToInt(this::position).toArray())
                .toArray(int[][]::new);
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

    /** The item's position in the definition's item list, or -1 when it has no such item. */
    int position(String itemId) {
        Integer at = positions.get(itemId);
        return at == null ? -1 : at;
    }

    /** The item on the form that no scale uses, or null when {@code itemId} names no such item. */
    UnscoredItem unscored(String itemId) {
        return unscored.get(itemId);
    }

    int itemCount() {
        return reverseKeyed.length;
    }

    boolean reverseKeyed(int position) {
        return reverseKeyed[position];
    }

    /** The position of the item whose answer skips the item at {@code position}, or -1 when none does. */
    int skipIf(int position) {
        return skipIf[position];
    }

    /** The positions of the scale's items, in the scale's order; -1 where the definition has no such item. */
    int[] scaleItems(int index) {
        return scaleItems[index];
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
