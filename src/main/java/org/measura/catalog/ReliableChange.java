package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A published fixed reliable-change threshold in score points. {@code inclusive} is true only where the source says
 * "or more" (a change equal to the threshold then counts); otherwise a change must exceed it.
 * {@code isDefault} marks the figure used when a caller names none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReliableChange(String id, String label, @JsonProperty(required = true) double threshold,
        @JsonProperty(required = true) boolean inclusive, @JsonProperty("default") boolean isDefault,
        String source, String note) {
}
