package org.measura.trends;

import java.util.List;
import org.measura.fault.FaultCode;

/**
 * Why an input cannot be used, typed and located: {@code code} says what is wrong, {@code scale} is
 * "instrument/scale" (null for request-wide options, for faults of an administration as sent and for faults of a
 * measure entry as sent), {@code field} the input field's request name (a figure such as {@code referenceSd},
 * {@code options/method}, or {@code administrations}), {@code at} the administrations it is about (null when it is not
 * about administrations), {@code measure} the measure entry sent for it (null when none was), {@code figure} and
 * {@code option} the typed field where it is one, {@code chosenBy} the option whose choice made a missing figure
 * necessary, and {@code form} whether it is a fault of form (the input cannot be read as what it must be), answered
 * before any fault of content. {@code reason} is the wording only.
 */
public record FieldReason(FaultCode code, String scale, String field, CourseLocation at, MeasureLocation measure,
        FigureName figure, TrendOption option, TrendOption chosenBy, boolean form, String reason) {

    /** The administrations the fault is about, by the caller's numbering; empty when it is about none. */
    public List<Integer> administrations() {
        return at == null ? List.of() : at.administrations();
    }

    /** Whether this is a fault of form, answered before faults of content. */
    public boolean ofForm() {
        return form;
    }

    /** The same fault, one of form. */
    FieldReason asForm() {
        return new FieldReason(code, scale, field, at, measure, figure, option, chosenBy, true, reason);
    }

    /** The same fault, placed at the measure entry sent for its scale. */
    FieldReason atMeasure(MeasureLocation where) {
        return new FieldReason(code, scale, field, at, where, figure, option, chosenBy, form, reason);
    }

    /** A fault in a figure of a scale. */
    public static FieldReason figure(FaultCode code, String scale, FigureName figure, String reason) {
        return new FieldReason(code, scale, figure.wire(), null, null, figure, null, null, false, reason);
    }

    /** A figure a method or cut-off type chosen in {@code chosenBy} needs, neither supplied nor published. */
    public static FieldReason figureNeeded(String scale, FigureName figure, TrendOption chosenBy, String reason) {
        return new FieldReason(FaultCode.REQUIRED, scale, figure.wire(), null, null, figure, null, chosenBy, false,
                reason);
    }

    /** A fault in a request-wide option. */
    public static FieldReason option(FaultCode code, TrendOption option, String reason) {
        return new FieldReason(code, null, "options/" + option.wire(), null, null, null, option, null, false, reason);
    }

    /** A fault in a request-wide field that is no trend option ({@code field} e.g. expectedResponse/curves/0). */
    public static FieldReason request(FaultCode code, String field, String reason) {
        return new FieldReason(code, null, field, null, null, null, null, null, false, reason);
    }

    /** A fault in a series as a whole ({@code field} e.g. scale, direction, administrations). */
    public static FieldReason series(FaultCode code, String scale, String field, String reason) {
        return new FieldReason(code, scale, field, null, null, null, null, null, false, reason);
    }

    /**
     * A fault in one or more points of a series; located at their administrations when the points carry them, else
     * at the series.
     */
    public static FieldReason points(FaultCode code, String scale, AdministrationField field,
            List<Integer> administrations, String reason) {
        return new FieldReason(code, scale, field.wire(), administrations.isEmpty() ? null
                : new CourseLocation(administrations, field, null), null, null, null, null, false, reason);
    }

    /**
     * A fault in one administration as sent (its date, session, phase or scores), before it is a point of a series;
     * of form where the field's faults are ({@link AdministrationField#form()}).
     */
    public static FieldReason administration(FaultCode code, CourseLocation at, String reason) {
        return new FieldReason(code, null, at.field().wire(), at, null, null, null, null, at.field().form(), reason);
    }

    /** A fault in a measure entry as sent, of content unless made one of form ({@link #asForm()}). */
    static FieldReason measure(FaultCode code, int index, MeasureField field, String reason) {
        return new FieldReason(code, null, field.wire(), null, new MeasureLocation(index, field), null, null, null,
                false, reason);
    }

    /** A fault in a figure of a measure entry as sent, of content unless made one of form. */
    static FieldReason measureFigure(FaultCode code, int index, FigureName figure, String reason) {
        return new FieldReason(code, null, figure.wire(), null, new MeasureLocation(index, MeasureField.FIGURE),
                figure, null, null, false, reason);
    }

    @Override
    public String toString() {
        return (scale == null ? "" : scale + ": ") + field + (at == null ? "" : " (administrations "
                + at.administrations() + ")") + ": " + reason;
    }
}
