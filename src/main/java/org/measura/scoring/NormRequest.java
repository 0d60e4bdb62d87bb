package org.measura.scoring;

/**
 * A request to place one scale's score against a reference sample: the caller's own ({@link ReferenceSample}) or
 * one its definition cites, by that sample's id ({@link BuiltInSample}). Without a request a score has no
 * norm-referenced figures: a general-population percentile nobody asked for reads as alarming without context.
 */
public sealed interface NormRequest permits ReferenceSample, BuiltInSample {
}
