package org.measura.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.measura.catalog.Band;
import org.measura.catalog.BandSet;
import org.measura.catalog.Comparison;
import org.measura.catalog.Cutoff;
import org.measura.catalog.Direction;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Item;
import org.measura.catalog.Rule;
import org.measura.catalog.Scale;
import org.measura.scoring.CriterionStatus;

/**
 * The strings a score answer copies from the built-in definitions (names, labels, meanings, ids) and the wire names of
 * its closed sets, each held as JSON already quoted and encoded, so that writing an answer copies their bytes instead
 * of escaping them character by character again on every request: that escaping was most of the time the answer's
 * writer took (docs/performance.md). Looked up by content, so any string equal to one of them is written the same
 * either way; the set is fixed by the catalog, whatever callers send.
 */
final class DefinitionStrings {

    /** Never changed once built (a HashMap: its look-up is the cheaper of the JDK's maps). */
    private final Map<String, SerializableString> encoded;

    private DefinitionStrings(Map<String, SerializableString> encoded) {
        this.encoded = encoded;
    }

    static DefinitionStrings of(InstrumentCatalog catalog) {
        Map<String, SerializableString> encoded = new HashMap<>();
        for (InstrumentDefinition definition : catalog.all()) {
            add(encoded, definition.id(), definition.abbreviation(), definition.name(), definition.formVersion());
            for (Item item : definition.items()) {
                add(encoded, item.id());
            }
            for (Scale scale : definition.scales()) {
                add(encoded, scale.id(), scale.name(), scale.loinc());
                scale.bands().forEach(band -> addBand(encoded, band));
                for (BandSet set : scale.alternativeBands()) {
                    set.bands().forEach(band -> addBand(encoded, band));
                }
                for (Cutoff cutoff : scale.cutoffs()) {
                    add(encoded, cutoff.id(), cutoff.label());
                }
            }
            for (Rule rule : definition.flags()) {
                add(encoded, rule.id(), rule.label(), rule.meaning());
            }
            for (Rule rule : definition.criteria()) {
                add(encoded, rule.id(), rule.label(), rule.meaning());
            }
        }
        for (Direction direction : Direction.values()) {
            add(encoded, direction.wire());
        }
        for (Comparison comparison : Comparison.values()) {
            add(encoded, comparison.wire());
        }
        for (CriterionStatus status : CriterionStatus.values()) {
            add(encoded, status.wire());
        }
        return new DefinitionStrings(encoded);
    }

    private static void addBand(Map<String, SerializableString> encoded, Band band) {
        add(encoded, band.id(), band.label());
    }

    private static void add(Map<String, SerializableString> encoded, String... values) {
        for (String value : values) {
            if (value != null) {
                encoded.computeIfAbsent(value, SerializedString::new);
            }
        }
    }

    /** Writes {@code value} as a JSON string (null as JSON null), from its encoded form when it is one of these. */
    void write(JsonGenerator g, String value) throws IOException {
        SerializableString known = value == null ? null : encoded.get(value);
        if (known != null) {
            g.writeString(known);
        } else {
            g.writeString(value);
        }
    }
}
