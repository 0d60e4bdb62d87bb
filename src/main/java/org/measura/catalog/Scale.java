package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A score formed from items: {@code aggregation} of the (reverse-keyed, recoded) item values times
 * {@code multiplier}. {@code recode} maps a response value to the value this scale counts, where a scale is not
 * a plain sum of what was ticked.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Scale(
        String id,
        String name,
        List<String> items,
        Aggregation aggregation,
        Double multiplier,
        Map<String, Integer> recode,
        Range range,
        Direction direction,
        String loinc,
        MissingRule missing,
        List<Band> bands,
        String bandsSource,
        List<BandSet> alternativeBands,
        List<Cutoff> cutoffs,
        List<ReliableChange> reliableChange,
        List<Reliability> reliability,
        List<Norm> norms,
        String note) {

    public Scale {
        items = InstrumentDefinition.listOrEmpty(items);
        recode = recode == null ? Map.of() : Map.copyOf(recode);
        bands = InstrumentDefinition.listOrEmpty(bands);
        alternativeBands = InstrumentDefinition.listOrEmpty(alternativeBands);
        cutoffs = InstrumentDefinition.listOrEmpty(cutoffs);
        reliableChange = InstrumentDefinition.listOrEmpty(reliableChange);
        reliability = InstrumentDefinition.listOrEmpty(reliability);
        norms = InstrumentDefinition.listOrEmpty(norms);
    }

    public double effectiveMultiplier() {
        return multiplier == null ? 1.0 : multiplier;
    }
}
