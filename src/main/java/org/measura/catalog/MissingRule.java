package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How many of a scale's items may be unanswered. Up to {@code maxMissing} missing items the score is prorated
 * from the answered ones (a sum is scaled up by items/answered, which equals replacing each missing item by the
 * mean of the answered items; a mean is taken over the answered items). With {@code maxMissing} 0 a scale with any
 * missing item is not scored. {@code source} is null where no rule is published; {@code note} then says so.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MissingRule(@JsonProperty(required = true) int maxMissing, String source, String note) {
}
