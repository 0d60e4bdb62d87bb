package org.measura.trends;

import java.util.List;

/**
 * Where in a course a fault is: the administrations involved, by the caller's own numbering (the index in a request's
 * administrations, a Bundle entry's index), the first being where the fault is placed; the part of them; for a fault
 * of one sent score, the id of its scale ({@code score}, else null); and for a fault of one item's answer, the item's
 * id ({@code item}, else null).
 */
public record CourseLocation(List<Integer> administrations, AdministrationField field, String score, String item) {

    public CourseLocation {
        administrations = List.copyOf(administrations);
        if (administrations.isEmpty()) {
            throw new IllegalArgumentException("a course location names at least one administration");
        }
    }

    public CourseLocation(List<Integer> administrations, AdministrationField field, String score) {
        this(administrations, field, score, null);
    }

    public static CourseLocation of(int administration, AdministrationField field) {
        return new CourseLocation(List.of(administration), field, null);
    }

    /** The answer to one item of an administration's responses, or the responses as a whole ({@code item} null). */
    public static CourseLocation response(int administration, String item) {
        return new CourseLocation(List.of(administration), AdministrationField.RESPONSES, null, item);
    }

    /** The first administration involved, where the fault is placed. */
    public int first() {
        return administrations.get(0);
    }

    /** The administrations involved after the first. */
    public List<Integer> others() {
        return administrations.subList(1, administrations.size());
    }
}
