package org.measura.trends;

import java.util.ArrayList;
import java.util.List;

/**
 * The session numbers expected-response curves are kept by, the same when a curve is derived and when a client is
 * set against it: the caller's session number where the administration has one, else its position (from 1) among
 * the scale's administrations in date order; follow-up administrations are left out. The baseline is the first
 * administration marked baseline, else the earliest.
 */
public final class SessionNumbers {

    public static final String RULE = "the caller's session number where the administration has one, else its "
            + "position (from 1) among the scale's administrations in date order; follow-ups are left out";

    /** One administration with its session number. */
    public record Numbered(int session, SeriesPoint point) {
    }

    /** The numbered administrations, the baseline first, then those after it in date order. */
    public record Course(Numbered baseline, List<Numbered> after) {
    }

    private SessionNumbers() {
    }

    /** Null when the scale has no administration outside follow-up. */
    public static Course of(ScaleTrend trend) {
        List<Numbered> numbered = new ArrayList<>();
        List<SeriesPoint> series = trend.series() == null ? List.of() : trend.series();
        int position = 0;
        for (SeriesPoint p : series) {
            if (p.phase() == Phase.FOLLOW_UP) {
                continue;
            }
            position++;
            numbered.add(new Numbered(p.session() != null ? p.session() : position, p));
        }
        if (numbered.isEmpty()) {
            return null;
        }
        int baseline = 0;
        for (int i = 0; i < numbered.size(); i++) {
            if (numbered.get(i).point().phase() == Phase.BASELINE) {
                baseline = i;
                break;
            }
        }
        return new Course(numbered.get(baseline), List.copyOf(numbered.subList(baseline + 1, numbered.size())));
    }
}
