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
            reasons.add(FieldReason.series(FaultCode.REQUIRED, key, SeriesPart.SCALE,
                    SeriesTexts.IDS_REQUIRED));
        }
        if (s.direction() == null) {
            reasons.add(FieldReason.series(FaultCode.REQUIRED, key, SeriesPart.DIRECTION,
                    SeriesTexts.DIRECTION_REQUIRED));
        }
        if (s.points().isEmpty()) {
            reasons.add(FieldReason.series(FaultCode.REQUIRED, key, SeriesPart.ADMINISTRATIONS,
                    SeriesTexts.NO_SCORE));
        }
        if (s.points().size() > maxPoints) {
            reasons.add(FieldReason.series(FaultCode.TOO_MANY, key, SeriesPart.ADMINISTRATIONS,
                    SeriesTexts.tooMany(s.points().size(), maxPoints)));
        }
        for (Point p : s.points()) {
            if (p.date() == null) {
                reasons.add(FieldReason.points(FaultCode.REQUIRED, key, AdministrationField.DATE, origin(p),
                        SeriesTexts.REQUIRED));
            }
            if (!Double.isFinite(p.score())) {
                reasons.add(FieldReason.points(FaultCode.INVALID, key, AdministrationField.SCORE, origin(p),
                        FigureFaultTexts.FINITE));
            }
            if (p.session() != null && p.session() < 0) {
                reasons.add(FieldReason.points(FaultCode.INVALID, key, AdministrationField.SESSION, origin(p),
                        SeriesTexts.NEGATIVE_SESSION));
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
                reasons.add(FieldReason.points(FaultCode.CONFLICT, key, AdministrationField.ADMINISTRATION,
                        origins(a, b), SeriesTexts.twoScoresOneDate(b.session() == null)));
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
                reasons.add(FieldReason.points(FaultCode.CONFLICT, key, AdministrationField.SESSION,
                        origins(other, p), SeriesTexts.SESSION_ON_TWO_DATES));
            }
            if (lastWithSession != null && lastWithSession.session() > p.session()) {
                reasons.add(FieldReason.points(FaultCode.CONFLICT, key, AdministrationField.SESSION,
                        origins(lastWithSession, p), SeriesTexts.SESSIONS_OUT_OF_ORDER));
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
                    SeriesTexts.terminations(terminations.stream().map(i -> sorted.get(i).date()).toList())));
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
                notes.add(SeriesTexts.earliestIsBaseline(sorted.get(0).date()));
            }
        } else {
            if (baselines > 1) {
                notes.add(SeriesTexts.severalBaselines(baselines, sorted.get(baseline).date()));
            }
            if (baseline > 0) {
                notes.add(SeriesTexts.beforeBaseline(baseline, sorted.get(baseline).date()));
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
                notes.add(SeriesTexts.followUpNotAfterTermination(sorted.get(i).date(),
                        sorted.get(termination).date()));
            }
        }
        if (termination == null && sorted.stream().anyMatch(p -> p.phase() == Phase.FOLLOW_UP)) {
            notes.add(SeriesTexts.FOLLOW_UPS_WITHOUT_TERMINATION);
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
