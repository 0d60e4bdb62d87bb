package org.measura.charts;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.TimeZone;

/** Dates on the time axis: the start of the day in UTC, where the axis puts that date's tick. */
final class Dates {
    private Dates() {
    }

    static final TimeZone ZONE = TimeZone.getTimeZone(ZoneOffset.UTC);

    static double x(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    static final double DAY = 24 * 60 * 60 * 1000.0;
}
