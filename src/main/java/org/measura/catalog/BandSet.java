package org.measura.catalog;

import java.util.List;

/** A second published set of bands for a scale, carried for reference; scoring reports the scale's main bands. */
public record BandSet(String id, String label, List<Band> bands, String source) {
    public BandSet {
        bands = InstrumentDefinition.listOrEmpty(bands);
    }
}
