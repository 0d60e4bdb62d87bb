package org.measura.scoring;

/** The part of one administration's input that a scoring fault is about. */
public enum ScoringField {
    /** The answer to one item ({@link ScoringLocation#item()}). */
    RESPONSES,
    /** The alternative coding named for the responses. */
    CODING,
    /** The reference sample asked for one scale ({@link ScoringLocation#scale()}), or one of its fields. */
    NORMS
}
