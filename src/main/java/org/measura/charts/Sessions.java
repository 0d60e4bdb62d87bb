package org.measura.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.measura.trends.Phase;
import org.measura.trends.ScaleTrend;
import org.measura.trends.SeriesPoint;

/**
 * The session numbers of a request before follow-up, with the date each was held. A number missing between the
 * first and the last is a missed session: no administration of the request carries it (the caller numbers its
 * sessions, so a gap is one that was not attended or not recorded).
 */
public record Sessions(NavigableMap<Integer, LocalDate> held) {

    /** A run of consecutive missed sessions, with the sessions held on either side. */
    record Missed(int first, int last, int before, LocalDate beforeDate, int after, LocalDate afterDate) {
        String sessions() {
            return first == last ? "session " + first : "sessions " + first + "–" + last;
        }
    }

    public Sessions {
        held = new TreeMap<>(held);
    }

    /** The sessions of every scale of the request, drawn or not, so that a scale given less often adds no gaps. */
    public static Sessions of(List<ScaleTrend> trends) {
        NavigableMap<Integer, LocalDate> held = new TreeMap<>();
        for (ScaleTrend trend : trends) {
            for (SeriesPoint p : trend.series()) {
                if (p.session() != null && p.phase() != Phase.FOLLOW_UP) {
                    held.merge(p.session(), p.date(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        return new Sessions(held);
    }

    List<Missed> missed() {
        List<Missed> runs = new ArrayList<>();
        Integer previous = null;
        for (int session : held.keySet()) {
            if (previous != null && session > previous + 1) {
                runs.add(new Missed(previous + 1, session - 1, previous, held.get(previous), session,
                        held.get(session)));
            }
            previous = session;
        }
        return runs;
    }
}
