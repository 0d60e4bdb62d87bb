package org.measura.scoring;

/** The part of a reference sample asked for a scale that a fault is about. */
public enum NormField {
    /** The entry as a whole: a scale the instrument lacks, or a cited sample its definition does not cite. */
    SAMPLE,
    NAME,
    MEAN,
    SD,
    METRIC
}
