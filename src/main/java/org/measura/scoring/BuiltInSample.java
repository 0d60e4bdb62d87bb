package org.measura.scoring;

/** One of the reference samples a scale's definition cites, named by its id ({@code de-general-women}). */
public record BuiltInSample(String id) implements NormRequest {
}
