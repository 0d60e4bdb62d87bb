package org.measura.trends;

import java.util.List;
import org.measura.fault.FaultCode;

/**
 * Why an input cannot be used, typed and located: {@code code} says what is wrong, {@code scale} is
 * "instrument/scale" (null for request-wide options, for faults of an administration as sent and for faults of a
 * measure entry as sent), {@code where} the part of the input it is about, and {@code form} whether it is a fault of
 * form (the input cannot be read as what it must be), answered before any fault of content. {@code reason} is the
 * wording only.
 */
public record FieldReason(FaultCode code, String scale, Where where, boolean form, String reason) {

    /** The part of the input a fault is about; {@link #field()} is its request name. */
    public sealed interface Where permits OfScale, OptionField, RequestField, InCourse, MeasureEntry, MeasureFigure,
            AtMeasure {

        /** The input field's request name: a figure such as referenceSd, options/method, or administrations. */
        String field();
    }

    /** A part of one scale's series: where a fault of it may be placed at the measure entry sent for the scale. */
    public sealed interface OfScale extends Where permits ScaleFigure, NeededFigure, SeriesField, PointsField {
    }

    /** A figure of a scale. */
    public record ScaleFigure(FigureName figure) implements OfScale {

        @Override
        public String field() {
            return figure.wire();
        }
    }

    /** A figure of a scale that the method or cut-off type chosen in {@code chosenBy} needs. */
    public record NeededFigure(FigureName figure, TrendOption chosenBy) implements OfScale {

        @Override
        public String field() {
            return figure.wire();
        }
    }

    /** A series as a whole, by the part it lacks or has wrong (its scale, direction or administrations). */
    public record SeriesField(SeriesPart part) implements OfScale {

        @Override
        public String field() {
            return part.wire();
        }
    }

    /** A field of points of a series (date, session, score, ...) whose administrations are not known. */
    public record PointsField(AdministrationField points) implements OfScale {

        @Override
        public String field() {
            return points.wire();
        }
    }

    /** A request-wide option. */
    public record OptionField(TrendOption option) implements Where {

        @Override
        public String field() {
            return "options/" + option.wire();
        }
    }

    /**
     * A request-wide field that is no trend option, and the path {@code below} it the fault is at: empty for the
     * field itself, else e.g. /0 or /0/sessions/1/p50 under expectedResponse/curves.
     */
    public record RequestField(RequestPart part, String below) implements Where {

        @Override
        public String field() {
            return part.wire() + below;
        }
    }

    /** One or more administrations of the course, and the part of them. */
    public record InCourse(CourseLocation at) implements Where {

        @Override
        public String field() {
            return at.field().wire();
        }
    }

    /** A measure entry as sent, or one of its fields other than a figure. */
    public record MeasureEntry(MeasureLocation at) implements Where {

        @Override
        public String field() {
            return at.field().wire();
        }
    }

    /** A figure of a measure entry as sent. */
    public record MeasureFigure(int index, FigureName figure) implements Where {

        public MeasureLocation at() {
            return new MeasureLocation(index, MeasureField.FIGURE);
        }

        @Override
        public String field() {
            return figure.wire();
        }
    }

    /** A part of a scale's series placed at the measure entry sent for that scale. */
    public record AtMeasure(MeasureLocation at, OfScale about) implements Where {

        @Override
        public String field() {
            return about.field();
        }
    }

    /** The input field's request name (a figure such as {@code referenceSd}, {@code options/method}, ...). */
    public String field() {
        return where.field();
    }

    /** The administrations it is about; null when it is not about administrations. */
    public CourseLocation at() {
        return where instanceof InCourse c ? c.at() : null;
    }

    /** The measure entry sent for it; null when none was. */
    public MeasureLocation measure() {
        if (where instanceof MeasureEntry m) {
            return m.at();
        }
        if (where instanceof MeasureFigure m) {
            return m.at();
        }
        return where instanceof AtMeasure m ? m.at() : null;
    }

    /** The figure it is about, of a scale or of a measure entry; null when it is about none. */
    public FigureName figure() {
        Where about = where instanceof AtMeasure m ? m.about() : where;
        if (about instanceof ScaleFigure f) {
            return f.figure();
        }
        if (about instanceof NeededFigure n) {
            return n.figure();
        }
        return about instanceof MeasureFigure m ? m.figure() : null;
    }

    /** The request-wide option it is about; null when it is about none. */
    public TrendOption option() {
        return where instanceof OptionField o ? o.option() : null;
    }

    /** The option whose choice made a missing figure necessary; null for any other fault. */
    public TrendOption chosenBy() {
        Where about = where instanceof AtMeasure m ? m.about() : where;
        return about instanceof NeededFigure n ? n.chosenBy() : null;
    }

    /** The administrations the fault is about, by the caller's numbering; empty when it is about none. */
    public List<Integer> administrations() {
        CourseLocation at = at();
        return at == null ? List.of() : at.administrations();
    }

    /** Whether this is a fault of form, answered before faults of content. */
    public boolean ofForm() {
        return form;
    }

    /** The same fault, one of form. */
    FieldReason asForm() {
        return new FieldReason(code, scale, where, true, reason);
    }

    /** The same fault of a scale's series, placed at the measure entry sent for its scale. */
    FieldReason atMeasure(MeasureLocation entry) {
        if (!(where instanceof OfScale about)) {
            throw new IllegalStateException("only a fault of a scale's series is placed at a measure entry");
        }
        return new FieldReason(code, scale, new AtMeasure(entry, about), form, reason);
    }

    /** A fault in a figure of a scale. */
    public static FieldReason figure(FaultCode code, String scale, FigureName figure, String reason) {
        return new FieldReason(code, scale, new ScaleFigure(figure), false, reason);
    }

    /** A figure a method or cut-off type chosen in {@code chosenBy} needs, neither supplied nor published. */
    public static FieldReason figureNeeded(String scale, FigureName figure, TrendOption chosenBy, String reason) {
        return new FieldReason(FaultCode.REQUIRED, scale, new NeededFigure(figure, chosenBy), false, reason);
    }

    /** A fault in a request-wide option. */
    public static FieldReason option(FaultCode code, TrendOption option, String reason) {
        return new FieldReason(code, null, new OptionField(option), false, reason);
    }

    /** A fault in a request-wide field that is no trend option. */
    public static FieldReason request(FaultCode code, RequestPart part, String reason) {
        return request(code, part, "", reason);
    }

    /** A fault at the path {@code below} a request-wide field (e.g. /0/sessions/1/p50 under the curves). */
    public static FieldReason request(FaultCode code, RequestPart part, String below, String reason) {
        return new FieldReason(code, null, new RequestField(part, below), false, reason);
    }

    /** A fault in a series as a whole: its scale, direction or administrations. */
    public static FieldReason series(FaultCode code, String scale, SeriesPart part, String reason) {
        return new FieldReason(code, scale, new SeriesField(part), false, reason);
    }

    /**
     * A fault in one or more points of a series; located at their administrations when the points carry them, else
     * at the series.
     */
    public static FieldReason points(FaultCode code, String scale, AdministrationField field,
            List<Integer> administrations, String reason) {
        Where where = administrations.isEmpty() ? new PointsField(field)
                : new InCourse(new CourseLocation(administrations, field, null));
        return new FieldReason(code, scale, where, false, reason);
    }

    /**
     * A fault in one administration as sent (its date, session, phase or scores), before it is a point of a series;
     * of form where the field's faults are ({@link AdministrationField#form()}).
     */
    public static FieldReason administration(FaultCode code, CourseLocation at, String reason) {
        return new FieldReason(code, null, new InCourse(at), at.field().form(), reason);
    }

    /** A fault in a measure entry as sent, of content unless made one of form ({@link #asForm()}). */
    static FieldReason measure(FaultCode code, int index, MeasureField field, String reason) {
        return new FieldReason(code, null, new MeasureEntry(new MeasureLocation(index, field)), false, reason);
    }

    /** A fault in a figure of a measure entry as sent, of content unless made one of form. */
    static FieldReason measureFigure(FaultCode code, int index, FigureName figure, String reason) {
        return new FieldReason(code, null, new MeasureFigure(index, figure), false, reason);
    }

    @Override
    public String toString() {
        CourseLocation at = at();
        return (scale == null ? "" : scale + ": ") + field() + (at == null ? "" : " (administrations "
                + at.administrations() + ")") + ": " + reason;
    }
}
