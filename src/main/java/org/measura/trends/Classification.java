package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A yes/no classification with the sentence that explains it from the numbers. {@code holds} is absent when it
 * cannot be decided; {@code comparison} names the comparison it refers to, where there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Classification(String name, ComparisonKind comparison, Boolean holds, String explanation) {
}
