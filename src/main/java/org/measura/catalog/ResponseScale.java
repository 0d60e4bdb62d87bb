package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The values printed on the form for every item, lowest to highest, with our own short anchor labels. */
public record ResponseScale(@JsonProperty(required = true) int min, @JsonProperty(required = true) int max, List<ResponseOption> options, String source) {
    public ResponseScale {
        options = InstrumentDefinition.listOrEmpty(options);
    }

    public boolean allows(int value) {
        return value >= min && value <= max;
    }
}
