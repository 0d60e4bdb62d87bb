package org.measura.trends;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Scale;
import org.measura.fault.FaultCode;

/**
 * The checks of one administration of a course as sent, before its scores become points of their series: its date
 * (an ISO date or date-time, read as the calendar date), session (0 or more), phase, and the scores sent for it (a
 * catalog scale's within the scale's range, a caller's measure's finite). Each fault is added to the caller's list,
 * typed and located at the administration ({@link CourseLocation}); the engine then checks the series (ties, sessions
 * against dates, terminations). REST, bulk and FHIR run these same checks and only word and place the faults; the
 * reasons are worded in {@link AdministrationTexts}.
 */
public final class AdministrationChecks {

    private AdministrationChecks() {
    }

    /** An administration's place in the course, read; a field that could not be read is null. */
    public record Placement(LocalDate date, Integer session, Phase phase) {
    }

    /** A score sent for a scale, checked. */
    public record SentScore(Scale scale, String scaleId, double score) {
    }

    /** Date, then session, then phase (the order their faults are listed in). */
    public static Placement place(int administration, String date, Integer session, String phase,
            List<FieldReason> faults) {
        return new Placement(date(administration, date, faults), session(administration, session, faults),
                phase(administration, phase, faults));
    }

    /** The calendar date of an ISO date or date-time; null (and a fault) when absent or not one. */
    public static LocalDate date(int administration, String text, List<FieldReason> faults) {
        CourseLocation at = CourseLocation.of(administration, AdministrationField.DATE);
        if (text == null) {
            faults.add(FieldReason.administration(FaultCode.REQUIRED, at, AdministrationTexts.DATE_REQUIRED));
            return null;
        }
        LocalDate read = readDate(text);
        if (read == null) {
            faults.add(FieldReason.administration(FaultCode.INVALID, at, AdministrationTexts.DATE_INVALID));
        }
        return read;
    }

    /** The session number as sent (null when absent); a negative one is a fault. */
    public static Integer session(int administration, Integer session, List<FieldReason> faults) {
        if (session != null && session < 0) {
            faults.add(FieldReason.administration(FaultCode.INVALID,
                    CourseLocation.of(administration, AdministrationField.SESSION), AdministrationTexts.SESSION_NEGATIVE));
            return null;
        }
        return session;
    }

    /** The phase its wire name names (null when absent); any other text is a fault. */
    public static Phase phase(int administration, String text, List<FieldReason> faults) {
        if (text == null) {
            return null;
        }
        try {
            return Phase.fromWire(text);
        } catch (IllegalArgumentException notAPhase) {
            faults.add(FieldReason.administration(FaultCode.INVALID,
                    CourseLocation.of(administration, AdministrationField.PHASE), AdministrationTexts.PHASE_INVALID));
            return null;
        }
    }

    /** Scores sent for scales of a catalog instrument, in the order sent: each a scale of it, within its range. */
    public static List<SentScore> catalogScores(int administration, InstrumentDefinition definition,
            Map<String, Double> scores, List<FieldReason> faults) {
        if (scores.isEmpty()) {
            faults.add(FieldReason.administration(FaultCode.REQUIRED,
                    CourseLocation.of(administration, AdministrationField.SCORES),
                    AdministrationTexts.CATALOG_SCORES_REQUIRED));
        }
        List<SentScore> read = new ArrayList<>(scores.size());
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            Scale scale = definition.scale(e.getKey()).orElse(null);
            if (scale == null) {
                faults.add(FieldReason.administration(FaultCode.UNKNOWN, score(administration, e.getKey()),
                        AdministrationTexts.notAScaleOf(definition)));
            } else if (inRange(administration, scale, e.getKey(), e.getValue(), faults)) {
                read.add(new SentScore(scale, scale.id(), e.getValue()));
            }
        }
        return read;
    }

    /** Whether one score sent for a catalog scale lies within the scale's range; a fault when it does not. */
    public static boolean inRange(int administration, Scale scale, String scaleId, Double score,
            List<FieldReason> faults) {
        if (score != null && scale.range().contains(score)) {
            return true;
        }
        faults.add(FieldReason.administration(FaultCode.INVALID, score(administration, scaleId),
                AdministrationTexts.outsideRange(scale.range())));
        return false;
    }

    /**
     * Scores sent for a measure of the caller's own, in the order sent: each for a scale defined for it
     * ({@code defined}), finite.
     */
    public static List<SentScore> measureScores(int administration, String measure, Predicate<String> defined,
            Map<String, Double> scores, List<FieldReason> faults) {
        if (scores.isEmpty()) {
            faults.add(FieldReason.administration(FaultCode.REQUIRED,
                    CourseLocation.of(administration, AdministrationField.SCORES),
                    AdministrationTexts.MEASURE_SCORE_REQUIRED));
        }
        List<SentScore> read = new ArrayList<>(scores.size());
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (!defined.test(e.getKey())) {
                faults.add(FieldReason.administration(FaultCode.UNKNOWN, score(administration, e.getKey()),
                        AdministrationTexts.notAScaleOfMeasure(measure)));
            } else if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                faults.add(FieldReason.administration(FaultCode.INVALID, score(administration, e.getKey()),
                        AdministrationTexts.FINITE));
            } else {
                read.add(new SentScore(null, e.getKey(), e.getValue()));
            }
        }
        return read;
    }

    private static CourseLocation score(int administration, String scaleId) {
        return new CourseLocation(List.of(administration), AdministrationField.SCORES, scaleId);
    }

    /** An ISO date, or the calendar date of an ISO date-time (with or without offset); null when it is neither. */
    static LocalDate readDate(String value) {
        LocalDate plain = plainDate(value);
        if (plain != null) {
            return plain;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            value = toNanoseconds(value);
            try {
                return OffsetDateTime.parse(value).toLocalDate();
            } catch (DateTimeParseException notAnOffsetDateTime) {
                try {
                    return LocalDateTime.parse(value).toLocalDate();
                } catch (DateTimeParseException notADateTime) {
                    return null;
                }
            }
        }
    }

    /**
     * A date-time whose fraction of a second has more than nine digits, cut to nine: ISO 8601 and FHIR's dateTime
     * allow any number of them, java.time reads at most nine, and only the calendar date is used.
     */
    private static String toNanoseconds(String value) {
        int dot = value.indexOf('.', 19);
        if (dot != 19) {
            return value;
        }
        int end = dot + 1;
        while (end < value.length() && value.charAt(end) >= '0' && value.charAt(end) <= '9') {
            end++;
        }
        return end - dot - 1 <= 9 ? value : value.substring(0, dot + 10) + value.substring(end);
    }

    /**
     * The common case, yyyy-mm-dd, read without the general parser (a tenth of a 100-administration trend's time);
     * anything else, including an impossible date, is left to {@link LocalDate#parse} and its error.
     */
    private static LocalDate plainDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int digits(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
