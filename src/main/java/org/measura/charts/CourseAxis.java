package org.measura.charts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.measura.trends.Phase;
import org.measura.trends.SeriesPoint;
import org.measura.trends.SuddenShift;

/**
 * The shared x axis of a course chart: where each administration goes, which ticks to label, and where the axis
 * is broken.
 *
 * <p>By date, the x unit is a day of treatment. When the first follow-up is further from termination than the
 * whole treatment lasted, the axis is broken after termination: the empty months are left out and the follow-up
 * period is drawn at a smaller time scale (at most half the width of treatment), so that weekly sessions keep most
 * of the width. By session, the x unit is a session; follow-ups (which are no sessions) come after a break, one
 * step apart, labelled with the time since termination.
 */
final class CourseAxis {

    /** A candidate tick; a major one is labelled first when labels would collide. */
    record Tick(double x, String label, boolean major) {
    }

    /** An interval of the axis in x units. */
    record Span(double from, double to) {
    }

    /** An axis break: the interval drawn as a gap, and what it leaves out, in words. */
    record Break(Span span, String title) {
    }

    private static final double BREAK_SHARE = 0.12;
    private static final double FOLLOW_UP_SHARE = 0.5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", Locale.ROOT);

    private final AxisKind kind;
    private final String label;
    private final Span range;
    private final Break axisBreak;
    /** By date: epoch day to x, linear between knots. */
    private final NavigableMap<Long, Double> knots;
    /** By session: the x of each follow-up date, and its tick label. */
    private final NavigableMap<LocalDate, Double> followUps;
    private final List<Tick> followUpTicks;
    private final int firstSession;
    private final int lastSession;

    private CourseAxis(AxisKind kind, String label, Span range, Break axisBreak, NavigableMap<Long, Double> knots,
            NavigableMap<LocalDate, Double> followUps, List<Tick> followUpTicks, int firstSession, int lastSession) {
        this.kind = kind;
        this.label = label;
        this.range = range;
        this.axisBreak = axisBreak;
        this.knots = knots;
        this.followUps = followUps;
        this.followUpTicks = followUpTicks;
        this.firstSession = firstSession;
        this.lastSession = lastSession;
    }

    static CourseAxis of(AxisKind kind, List<CoursePanel> panels) {
        List<SeriesPoint> points = panels.stream().flatMap(p -> p.scales().stream())
                .flatMap(s -> s.trend().series().stream()).toList();
        return kind == AxisKind.SESSION ? bySession(points) : byDate(points);
    }

    /** How many administrations before follow-up carry no session number (the session axis needs them all). */
    static long unnumbered(List<CoursePanel> panels) {
        return panels.stream().flatMap(p -> p.scales().stream()).flatMap(s -> s.trend().series().stream())
                .filter(p -> p.phase() != Phase.FOLLOW_UP && p.session() == null).count();
    }

    private static CourseAxis byDate(List<SeriesPoint> points) {
        LocalDate first = points.stream().map(SeriesPoint::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = points.stream().map(SeriesPoint::date).max(LocalDate::compareTo).orElseThrow();
        LocalDate termination = points.stream().filter(p -> p.phase() == Phase.TERMINATION)
                .map(SeriesPoint::date).min(LocalDate::compareTo).orElse(null);
        LocalDate firstFollowUp = termination == null ? null : points.stream()
                .filter(p -> p.phase() == Phase.FOLLOW_UP && p.date().isAfter(termination))
                .map(SeriesPoint::date).min(LocalDate::compareTo).orElse(null);
        NavigableMap<Long, Double> knots = new TreeMap<>();
        knots.put(first.toEpochDay(), 0.0);
        Break axisBreak = null;
        String label = "date";
        long treatment = termination == null ? 0 : ChronoUnit.DAYS.between(first, termination);
        long gap = firstFollowUp == null ? 0 : ChronoUnit.DAYS.between(termination, firstFollowUp);
        if (firstFollowUp != null && treatment >= 7 && gap > treatment) {
            double breakWidth = BREAK_SHARE * treatment;
            long followUpDays = ChronoUnit.DAYS.between(firstFollowUp, last);
            double scale = followUpDays == 0 ? 1 : Math.min(1, FOLLOW_UP_SHARE * treatment / followUpDays);
            knots.put(termination.toEpochDay(), (double) treatment);
            knots.put(firstFollowUp.toEpochDay(), treatment + breakWidth);
            knots.put(last.toEpochDay(), treatment + breakWidth + followUpDays * scale);
            axisBreak = new Break(new Span(treatment + 0.25 * breakWidth, treatment + 0.75 * breakWidth),
                    "Axis broken: the " + weeks(gap) + " from termination (" + termination + ") to the first "
                            + "follow-up (" + firstFollowUp + ") are left out"
                            + (scale < 1 ? "; the follow-up period is drawn at a smaller time scale" : "") + ".");
            label = scale < 1 ? "date (axis broken after termination; follow-up period compressed)"
                    : "date (axis broken after termination)";
        } else {
            knots.put(last.toEpochDay(), (double) ChronoUnit.DAYS.between(first, last));
        }
        double width = knots.lastEntry().getValue();
        double pad = Math.max(2, width * 0.04);
        return new CourseAxis(AxisKind.DATE, label, new Span(-pad, width + pad), axisBreak, knots, null, List.of(),
                0, 0);
    }

    private static CourseAxis bySession(List<SeriesPoint> points) {
        List<Integer> sessions = points.stream().filter(p -> p.phase() != Phase.FOLLOW_UP && p.session() != null)
                .map(SeriesPoint::session).toList();
        int first = sessions.stream().min(Integer::compare).orElse(1);
        int last = sessions.stream().max(Integer::compare).orElse(0);
        LocalDate end = points.stream().filter(p -> p.phase() == Phase.TERMINATION).map(SeriesPoint::date)
                .min(LocalDate::compareTo)
                .orElse(points.stream().filter(p -> p.phase() != Phase.FOLLOW_UP).map(SeriesPoint::date)
                        .max(LocalDate::compareTo).orElse(null));
        List<LocalDate> followUpDates = points.stream().filter(p -> p.phase() == Phase.FOLLOW_UP)
                .map(SeriesPoint::date).distinct().sorted().toList();
        NavigableMap<LocalDate, Double> followUps = new TreeMap<>();
        List<Tick> ticks = new ArrayList<>();
        Break axisBreak = null;
        double lastX = last;
        if (!followUpDates.isEmpty()) {
            for (int i = 0; i < followUpDates.size(); i++) {
                double x = last + 2 + i;
                followUps.put(followUpDates.get(i), x);
                ticks.add(new Tick(x, followUpLabel(end, followUpDates.get(i), i + 1), true));
                lastX = x;
            }
            axisBreak = new Break(new Span(last + 0.6, last + 1.4), "Axis broken: follow-ups are no sessions; "
                    + "they come after the last session, one step apart, labelled with the time since termination.");
        }
        String label = followUps.isEmpty() ? "session" : "session · FU = follow-up, time since termination";
        return new CourseAxis(AxisKind.SESSION, label, new Span(first - 0.6, lastX + 0.6), axisBreak, null,
                followUps, ticks, first, last);
    }

    private static String followUpLabel(LocalDate termination, LocalDate date, int n) {
        if (termination == null || date.isBefore(termination)) {
            return "FU " + n;
        }
        long days = ChronoUnit.DAYS.between(termination, date);
        return days < 56 ? "FU +" + Math.round(days / 7.0) + " wk" : "FU +" + Math.round(days / 30.44) + " mo";
    }

    private static String weeks(long days) {
        long weeks = Math.round(days / 7.0);
        return weeks + (weeks == 1 ? " week" : " weeks");
    }

    AxisKind kind() {
        return kind;
    }

    String label() {
        return label;
    }

    Span range() {
        return range;
    }

    Break axisBreak() {
        return axisBreak;
    }

    double x(SeriesPoint p) {
        return x(p.date(), p.session(), p.phase());
    }

    double x(LocalDate date, Integer session, Phase phase) {
        if (kind == AxisKind.SESSION) {
            if (phase == Phase.FOLLOW_UP) {
                return followUps.get(date);
            }
            if (session == null) {
                throw new IllegalStateException("the session axis needs a session number before follow-up");
            }
            return session;
        }
        long day = date.toEpochDay();
        var below = knots.floorEntry(day);
        var above = knots.ceilingEntry(day);
        if (below == null) {
            return above.getValue();
        }
        if (above == null || above.getKey().equals(below.getKey())) {
            return below.getValue();
        }
        double share = (day - below.getKey()) / (double) (above.getKey() - below.getKey());
        return below.getValue() + share * (above.getValue() - below.getValue());
    }

    /** The middle of a sudden gain or loss, between its pre- and post-gain sessions. */
    double middle(SuddenShift shift) {
        SuddenShift.Interval interval = shift.interval();
        return kind == AxisKind.SESSION ? (interval.preSession() + interval.postSession()) / 2.0
                : (x(interval.preDate(), null, null) + x(interval.postDate(), null, null)) / 2;
    }

    /**
     * Where a run of missed sessions goes: its sessions; by date the middle half of the interval between the
     * sessions around it (when they were due is not known, only that they fell in between).
     */
    Span span(Sessions.Missed missed) {
        if (kind == AxisKind.SESSION) {
            return new Span(missed.first() - 0.5, missed.last() + 0.5);
        }
        double before = x(missed.beforeDate(), null, null);
        double after = x(missed.afterDate(), null, null);
        return new Span(before + (after - before) / 4, after - (after - before) / 4);
    }

    /** Candidate ticks at a density that leaves room for their labels. */
    List<Tick> ticks(double pixelsPerUnit, ToDoubleFunction<String> labelWidth) {
        List<Tick> ticks = new ArrayList<>();
        if (kind == AxisKind.SESSION) {
            double need = labelWidth.applyAsDouble(String.valueOf(lastSession)) + 10;
            int step = 1;
            for (int candidate : new int[] {1, 2, 5, 10, 20, 50, 100, 200, 500}) {
                step = candidate;
                if (candidate * pixelsPerUnit >= need) {
                    break;
                }
            }
            ticks.addAll(followUpTicks);
            for (int s = firstSession; s <= lastSession; s++) {
                if (s % step == 0 || step == 1) {
                    ticks.add(new Tick(s, String.valueOf(s), s == firstSession));
                }
            }
            return ticks;
        }
        List<Long> days = new ArrayList<>(knots.keySet());
        if (axisBreak == null) {
            dateTicks(LocalDate.ofEpochDay(days.get(0)), LocalDate.ofEpochDay(days.get(days.size() - 1)),
                    pixelsPerUnit, labelWidth, ticks);
        } else {
            dateTicks(LocalDate.ofEpochDay(days.get(0)), LocalDate.ofEpochDay(days.get(1)), pixelsPerUnit,
                    labelWidth, ticks);
            // After the break the time scale is smaller: label the follow-up dates themselves.
            for (long day : days.subList(2, days.size())) {
                LocalDate date = LocalDate.ofEpochDay(day);
                ticks.add(new Tick(x(date, null, null), DAY.format(date), true));
            }
        }
        return ticks;
    }

    private void dateTicks(LocalDate from, LocalDate to, double pixelsPerUnit, ToDoubleFunction<String> labelWidth,
            List<Tick> ticks) {
        double dayWidth = labelWidth.applyAsDouble("2026-12-31") + 10;
        double monthWidth = labelWidth.applyAsDouble("2026-12") + 10;
        for (int step : new int[] {1, 2, 7, 14}) {
            if (step * pixelsPerUnit >= dayWidth) {
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(step)) {
                    ticks.add(new Tick(x(d, null, null), DAY.format(d), d.equals(from)));
                }
                return;
            }
        }
        for (int step : new int[] {1, 2, 3, 6}) {
            if (step * 30.44 * pixelsPerUnit >= monthWidth) {
                for (LocalDate d = from.withDayOfMonth(1); !d.isAfter(to); d = d.plusMonths(1)) {
                    if (!d.isBefore(from) && (d.getMonthValue() - 1) % step == 0) {
                        ticks.add(new Tick(x(d, null, null), MONTH.format(d), false));
                    }
                }
                return;
            }
        }
        for (int step : new int[] {1, 2, 5, 10, 20, 50}) {
            if (step * 365.25 * pixelsPerUnit >= monthWidth || step == 50) {
                for (LocalDate d = from.withDayOfYear(1); !d.isAfter(to); d = d.plusYears(1)) {
                    if (!d.isBefore(from) && d.getYear() % step == 0) {
                        ticks.add(new Tick(x(d, null, null), YEAR.format(d), false));
                    }
                }
                return;
            }
        }
    }
}
