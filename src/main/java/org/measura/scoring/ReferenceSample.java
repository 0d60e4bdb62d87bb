package org.measura.scoring;

/**
 * A reference sample supplied with a request for one scale. {@code metric} says what its mean and SD describe:
 * {@code score} (the scale's score as this service reports it), {@code item-mean} or {@code item-sum}. Published norms
 * for the same questionnaire come in different conventions, so the caller must say which; the service converts
 * item-mean and item-sum figures to the score metric before comparing.
 */
public record ReferenceSample(String name, double mean, double sd, NormMetric metric) implements NormRequest {
}
