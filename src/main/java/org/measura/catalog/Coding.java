package org.measura.catalog;

import java.util.Map;

/**
 * An alternative answer coding a caller may send (for example the PhenX/LOINC 1–5 coding of the K6); {@code map}
 * turns each value of that coding into the definition's own coding before scoring.
 */
public record Coding(String id, String description, Map<String, Integer> map, String source) {
    public Coding {
        map = map == null ? Map.of() : Map.copyOf(map);
    }
}
