package org.measura.trends;

import java.util.List;
import org.measura.fault.FaultCode;

/**
 * Why an input cannot be used, typed and located: {@code code} says what is wrong, {@code scale} is
 * "instrument/scale" (null for request-wide options), {@code field} the input field's request name (a figure such as
 * {@code referenceSd}, {@code options/method}, or {@code administrations}), {@code origins} the caller's
 * references to the offending administrations (empty when the fault is not about administrations), {@code figure}
 * and {@code option} the typed field where it is one, and
 * {@code chosenBy} the option whose choice made a missing figure necessary. {@code reason} is the wording only.
 */
public record FieldReason(FaultCode code, String scale, String field, List<String> origins, FigureName figure,
        TrendOption option, TrendOption chosenBy, String reason) {

    public FieldReason {
        origins = origins == null ? List.of() : List.copyOf(origins);
    }

    /** The origins as one text, or null when there are none. */
    public String origin() {
        return origins.isEmpty() ? null : String.join(", ", origins);
    }

    /** A fault in a figure of a scale. */
    public static FieldReason figure(FaultCode code, String scale, FigureName figure, String reason) {
        return new FieldReason(code, scale, figure.wire(), List.of(), figure, null, null, reason);
    }

    /** A figure a method or cut-off type chosen in {@code chosenBy} needs, neither supplied nor published. */
    public static FieldReason figureNeeded(String scale, FigureName figure, TrendOption chosenBy, String reason) {
        return new FieldReason(FaultCode.REQUIRED, scale, figure.wire(), List.of(), figure, null, chosenBy, reason);
    }

    /** A fault in a request-wide option. */
    public static FieldReason option(FaultCode code, TrendOption option, String reason) {
        return new FieldReason(code, null, "options/" + option.wire(), List.of(), null, option, null, reason);
    }

    /** A fault in a request-wide field that is no trend option ({@code field} e.g. expectedResponse/curves/0). */
    public static FieldReason request(FaultCode code, String field, String reason) {
        return new FieldReason(code, null, field, List.of(), null, null, null, reason);
    }

    /** A fault in a series as a whole ({@code field} e.g. scale, direction, administrations). */
    public static FieldReason series(FaultCode code, String scale, String field, String reason) {
        return new FieldReason(code, scale, field, List.of(), null, null, null, reason);
    }

    /** A fault in one or more administrations of a series ({@code field} date, score, session, phase). */
    public static FieldReason points(FaultCode code, String scale, String field, List<String> origins,
            String reason) {
        return new FieldReason(code, scale, field, origins, null, null, null, reason);
    }

    @Override
    public String toString() {
        return (scale == null ? "" : scale + ": ") + field + (origins.isEmpty() ? "" : " (" + origin() + ")") + ": "
                + reason;
    }
}
