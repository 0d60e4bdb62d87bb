package org.measura.scoring;

import java.util.List;

/** An item rule that fired, with the items (and the values given) that made it fire. */
public record FiredFlag(String id, String label, String meaning, List<ItemValue> items) {

    public record ItemValue(String item, int value) {
    }
}
