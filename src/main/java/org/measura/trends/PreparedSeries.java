package org.measura.trends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.measura.fault.FaultCode;

/**
 * One scale's points checked and ordered (by date, then session; a point without a session comes first on its
 * date), with the anchors of the comparisons: baseline = the earliest point marked baseline, else the earliest
 * point; termination = the one point marked termination; follow-ups = points marked follow-up after termination.
 */
final class PreparedSeries {

    final List<Point> sorted;
    final int baseline;
    final Integer termination;
    final List<Integer> followUps;
    final List<String> notes;

    private PreparedSeries(List<Point> sorted, int baseline, Integer termination, List<Integer> followUps,
            List<String> notes) {
        this.sorted = sorted;
        this.baseline = baseline;
        this.termination = termination;
        this.followUps = followUps;
        this.notes = notes;
    }

    static final Comparator<Point> ORDER = Comparator.comparing(Point::date)
            .thenComparing(Point::session, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Adds every problem of the series to {@code reasons}; returns null if there was any. */
    static PreparedSeries prepare(ScaleSeries s, int maxPoints, List<FieldReason> reasons) {
        int before = reasons.size();
        String key = s.key();
        if (s.instrumentId() == null || s.scaleId() == null) {
            reasons.add(FieldReason.series(FaultCode.REQUIRED, key, "scale", "instrument and scale ids are required"));
        }
        if (s.direction() == null) {
            reasons.add(FieldReason.series(FaultCode.REQUIRED, key, "direction",
                    "is required (lower-is-better or higher-is-better)"));
        }
        if (s.points().isEmpty()) {
            reasons.add(FieldReason.series(FaultCode.REQUIRED, key, "administrations",
                    "there is no score for this scale"));
        }
        if (s.points().size() > maxPoints) {
            reasons.add(FieldReason.series(FaultCode.TOO_MANY, key, "administrations", "has " + s.points().size()
                    + " scores; at most " + maxPoints + " are analysed"));
        }
        for (Point p : s.points()) {
            if (p.date() == null) {
                reasons.add(FieldReason.points(FaultCode.REQUIRED, key, AdministrationField.DATE, origin(p), "is required"));
            }
            if (!Double.isFinite(p.score())) {
                reasons.add(FieldReason.points(FaultCode.INVALID, key, AdministrationField.SCORE, origin(p), "must be a finite number"));
            }
            if (p.session() != null && p.session() < 0) {
                reasons.add(FieldReason.points(FaultCode.INVALID, key, AdministrationField.SESSION, origin(p), "must not be negative"));
            }
        }
        if (reasons.size() > before) {
            return null;
        }
        List<Point> sorted = new ArrayList<>(s.points());
        sorted.sort(ORDER);
        for (int i = 1; i < sorted.size(); i++) {
            Point a = sorted.get(i - 1);
            Point b = sorted.get(i);
            if (a.date().equals(b.date()) && Objects.equals(a.session(), b.session())) {
                reasons.add(FieldReason.points(FaultCode.CONFLICT, key, AdministrationField.ADMINISTRATION, origins(a, b),
                        "two scores on one date"
                        + (b.session() == null ? ", both without a session number" : " for one session")
                        + ": which one counts cannot be decided"));
            }
        }
        Map<Integer, Point> sessions = new HashMap<>();
        Point lastWithSession = null;
        for (Point p : sorted) {
            if (p.session() == null) {
                continue;
            }
            Point other = sessions.put(p.session(), p);
            if (other != null && !other.date().equals(p.date())) {
                reasons.add(FieldReason.points(FaultCode.CONFLICT, key, AdministrationField.SESSION, origins(other, p), "one session "
                        + "number on two dates"));
            }
            if (lastWithSession != null && lastWithSession.session() > p.session()) {
                reasons.add(FieldReason.points(FaultCode.CONFLICT, key, AdministrationField.SESSION, origins(lastWithSession, p),
                        "the lower "
                        + "session number is dated after the higher one"));
            }
            lastWithSession = p;
        }
        List<Integer> terminations = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).phase() == Phase.TERMINATION) {
                terminations.add(i);
            }
        }
        if (terminations.size() > 1) {
            reasons.add(FieldReason.points(FaultCode.CONFLICT, key,
                    AdministrationField.PHASE, terminations.stream().map(i -> sorted.get(i).administration())
                    .filter(Objects::nonNull).toList(),
                    terminations.size() + " administrations are marked termination ("
                            + terminations.stream().map(i -> sorted.get(i).date().toString())
                                    .reduce((x, y) -> x + ", " + y).orElse("")
                            + "); at most one may be"));
        }
        if (reasons.size() > before) {
            return null;
        }
        List<String> notes = new ArrayList<>();
        int baseline = -1;
        int baselines = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).phase() == Phase.BASELINE) {
                if (baseline < 0) {
                    baseline = i;
                }
                baselines++;
            }
        }
        if (baseline < 0) {
            baseline = 0;
            if (sorted.size() > 1) {
                notes.add("No administration is marked baseline, so the earliest (" + sorted.get(0).date()
                        + ") is the baseline.");
            }
        } else {
            if (baselines > 1) {
                notes.add(baselines + " administrations are marked baseline; the earliest (" + sorted.get(baseline)
                        .date() + ") is the baseline.");
            }
            if (baseline > 0) {
                notes.add(baseline + " administration" + (baseline == 1 ? " is" : "s are")
                        + " dated before the baseline (" + sorted.get(baseline).date() + ").");
            }
        }
        Integer termination = terminations.isEmpty() ? null : terminations.get(0);
        List<Integer> followUps = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).phase() != Phase.FOLLOW_UP) {
                continue;
            }
            if (termination != null && i > termination) {
                followUps.add(i);
            } else if (termination != null) {
                notes.add("The follow-up administration on " + sorted.get(i).date()
                        + " is not after the termination (" + sorted.get(termination).date()
                        + "), so it is not used as a follow-up.");
            }
        }
        if (termination == null && sorted.stream().anyMatch(p -> p.phase() == Phase.FOLLOW_UP)) {
            notes.add("There are follow-up administrations but none is marked termination, so there are no"
                    + " termination-to-follow-up comparisons and no follow-up metrics.");
        }
        return new PreparedSeries(List.copyOf(sorted), baseline, termination, List.copyOf(followUps), notes);
    }

    private static List<Integer> origins(Point a, Point b) {
        return java.util.stream.Stream.of(a.administration(), b.administration()).filter(Objects::nonNull).toList();
    }

    private static List<Integer> origin(Point p) {
        return p.administration() == null ? List.of() : List.of(p.administration());
    }

    Point point(int index) {
        return sorted.get(index);
    }

    int last() {
        return sorted.size() - 1;
    }
}
