package org.measura.cohorts;

/** A located fault in a cohort request: {@code field} a JSON Pointer into it, {@code reason} what is wrong. */
public record CohortFault(String field, String reason) {
}
