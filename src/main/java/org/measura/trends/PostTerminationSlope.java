package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Least-squares slope over termination and the follow-ups (score points per week), tested two-tailed at α = .05
 * with df = n − 2 (needs at least 3 points).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PostTerminationSlope(int n, Double slopePerWeek, Double standardError, Integer df, Double t,
        Double tCritical, Boolean significantInHealthyDirection, String explanation) {
}
