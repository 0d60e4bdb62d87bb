package org.measura.trends;

import java.util.List;

/**
 * Where in a course a fault is: the administrations involved, by the caller's own numbering (the index in a request's
 * administrations, a Bundle entry's index), the first being where the fault is placed; the part of them; and for a
 * fault of one sent score, the id of its scale ({@code score}, else null).
 */
public record CourseLocation(List<Integer> administrations, AdministrationField field, String score) {

    public CourseLocation {
        administrations = List.copyOf(administrations);
        if (administrations.isEmpty()) {
            throw new IllegalArgumentException("a course location names at least one administration");
        }
    }

    public static CourseLocation of(int administration, AdministrationField field) {
        return new CourseLocation(List.of(administration), field, null);
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
