package org.measura.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A score placed against a reference sample: z = (score − mean) / SD, T = 50 + 10z, and the percentile of z under a
 * normal distribution (an approximation: score distributions are often skewed). {@code origin} is definition (a
 * published sample cited in the definition) or request (supplied by the caller).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NormScore(String sample, String origin, double mean, double sd, Integer n, String source,
        BigDecimal z, BigDecimal t, BigDecimal percentile) {
}
