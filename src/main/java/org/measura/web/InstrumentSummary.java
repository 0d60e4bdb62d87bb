package org.measura.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.measura.catalog.Direction;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Range;

@Schema(name = "InstrumentSummary", description = "One built-in instrument; GET /instruments/{id} gives the whole definition.")
public record InstrumentSummary(
        String id, String abbreviation, String name, String formVersion, int items,
        List<ScaleSummary> scales, String licence) {

    public record ScaleSummary(String id, String name, Range range, Direction direction) {
    }

    static InstrumentSummary of(InstrumentDefinition d) {
        return new InstrumentSummary(d.id(), d.abbreviation(), d.name(), d.formVersion(), d.items().size(),
                d.scales().stream().map(s -> new ScaleSummary(s.id(), s.name(), s.range(), s.direction())).toList(),
                d.licence().terms());
    }
}
