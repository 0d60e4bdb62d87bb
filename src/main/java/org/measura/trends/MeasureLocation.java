package org.measura.trends;

/**
 * Where among the measures sent a fault is: the entry's index (the caller's order, from 0) and the part of it.
 */
public record MeasureLocation(int index, MeasureField field) {
}
