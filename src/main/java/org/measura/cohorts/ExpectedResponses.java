package org.measura.cohorts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.measura.trends.ExpectedCurve;
import org.measura.trends.ScaleTrend;
import org.measura.trends.ScoreDirection;
import org.measura.trends.SessionNumbers;

/**
 * Use case: expected-response curves from a clinic's own cohort (docs/cohorts.md). Per measure, baseline severity
 * band and session: the clients, mean, SD (n − 1) and the 10th, 25th, 50th, 75th and 90th percentiles of the score by
 * linear interpolation between order statistics (Hyndman &amp; Fan 1996, definition 7); a cell with fewer clients
 * than the minimum is left out and listed.
 */
public final class ExpectedResponses {

    public static final String PERCENTILE_METHOD = "linear interpolation between order statistics (Hyndman & Fan "
            + "1996, definition 7, as R's quantile type 7 and Excel's PERCENTILE.INC): for n sorted scores, the "
            + "p-th percentile lies at position 1 + (n − 1)·p/100";

    /** The curves and what went into them. */
    public record Report(String percentileMethod, String sessionNumbering, int minimumClients, long clients,
            long analysed, long unanalysed, Map<String, Long> faults, List<ExpectedCurve> curves,
            List<String> notes) {
    }

    private record Key(String instrument, String scale, String band) {
    }

    private static final class Cells {
        String label;
        ScoreDirection direction;
        String bandLabel;
        long clients;
        final TreeMap<Integer, List<BigDecimal>> bySession = new TreeMap<>();
    }

    private ExpectedResponses() {
    }

    public static Report derive(List<ClientCourse> clients, int minimumClients) {
        TreeMap<Key, Cells> cells = new TreeMap<>(Comparator.comparing(Key::instrument).thenComparing(Key::scale)
                .thenComparing(Key::band, Comparator.nullsFirst(Comparator.naturalOrder())));
        TreeMap<String, Long> faults = new TreeMap<>();
        TreeMap<String, ScoreDirection> directions = new TreeMap<>();
        long unanalysed = 0;
        List<String> notes = new ArrayList<>();
        for (ClientCourse client : clients) {
            if (client.fault() != null) {
                unanalysed++;
                faults.merge(client.fault().kind().wire(), 1L, Long::sum);
                continue;
            }
            for (ScaleTrend trend : client.report().scales()) {
                String measure = trend.instrumentId() + "/" + trend.scaleId();
                ScoreDirection known = directions.putIfAbsent(measure, trend.direction());
                if (known != null && known != trend.direction()) {
                    notes.add("A client's " + measure + " is " + trend.direction().wire() + " where earlier clients' "
                            + "is " + known.wire() + "; that client's " + measure + " is left out.");
                    continue;
                }
                SessionNumbers.Course course = SessionNumbers.of(trend);
                if (course == null) {
                    continue;
                }
                Key key = new Key(trend.instrumentId(), trend.scaleId(), course.baseline().point().bandId());
                Cells c = cells.computeIfAbsent(key, k -> new Cells());
                c.label = trend.label();
                c.direction = trend.direction();
                c.bandLabel = course.baseline().point().bandLabel();
                c.clients++;
                TreeMap<Integer, Double> own = new TreeMap<>();
                own.put(course.baseline().session(), course.baseline().point().score());
                course.after().forEach(n -> own.put(n.session(), n.point().score()));
                own.forEach((session, score) -> c.bySession.computeIfAbsent(session, s -> new ArrayList<>())
                        .add(ScaleTally.exact(score)));
            }
        }
        List<ExpectedCurve> curves = new ArrayList<>();
        for (Map.Entry<Key, Cells> e : cells.entrySet()) {
            Cells c = e.getValue();
            List<ExpectedCurve.Cell> sessions = new ArrayList<>();
            List<ExpectedCurve.Omitted> omitted = new ArrayList<>();
            c.bySession.forEach((session, scores) -> {
                if (scores.size() < minimumClients) {
                    omitted.add(new ExpectedCurve.Omitted(session, scores.size()));
                } else {
                    sessions.add(cell(session, scores));
                }
            });
            curves.add(new ExpectedCurve(e.getKey().instrument(), e.getKey().scale(), c.label, c.direction,
                    e.getKey().band(), c.bandLabel, c.clients, sessions, omitted));
        }
        long omittedCells = curves.stream().mapToLong(c -> c.omitted().size()).sum();
        if (omittedCells > 0) {
            notes.add(omittedCells + (omittedCells == 1 ? " session was" : " sessions were") + " left out for having "
                    + "fewer than " + minimumClients + " clients (see each curve's omitted).");
        }
        if (curves.stream().anyMatch(c -> c.baselineBand() == null)) {
            notes.add("A curve without baselineBand is for clients whose baseline score has no severity band (a "
                    + "measure without bands); it is used for any client of that measure whose band has no curve.");
        }
        return new Report(PERCENTILE_METHOD, SessionNumbers.RULE, minimumClients, clients.size(),
                clients.size() - unanalysed, unanalysed, faults, curves, notes);
    }

    static ExpectedCurve.Cell cell(int session, List<BigDecimal> scores) {
        int n = scores.size();
        BigDecimal[] sorted = scores.toArray(BigDecimal[]::new);
        Arrays.sort(sorted);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal x : sorted) {
            sum = sum.add(x);
            squares = squares.add(x.multiply(x));
        }
        BigDecimal bn = BigDecimal.valueOf(n);
        double mean = sum.divide(bn, MathContext.DECIMAL128).doubleValue();
        Double sd = n < 2 ? null : CohortFigures.r2(Math.sqrt(bn.multiply(squares).subtract(sum.multiply(sum))
                .divide(bn.multiply(BigDecimal.valueOf(n - 1)), MathContext.DECIMAL128).doubleValue()));
        return new ExpectedCurve.Cell(session, (long) n, CohortFigures.r2(mean), sd, type7(sorted, 10),
                type7(sorted, 25), type7(sorted, 50), type7(sorted, 75), type7(sorted, 90));
    }

    /** Hyndman–Fan definition 7 on exact decimals: x[j] + g·(x[j+1] − x[j]) with h = (n − 1)·p/100, j = ⌊h⌋. */
    static Double type7(BigDecimal[] sorted, int p) {
        BigDecimal h = BigDecimal.valueOf(sorted.length - 1L).multiply(BigDecimal.valueOf(p))
                .divide(BigDecimal.valueOf(100));
        int j = h.intValue();
        BigDecimal g = h.subtract(BigDecimal.valueOf(j));
        BigDecimal value = j + 1 < sorted.length
                ? sorted[j].add(g.multiply(sorted[j + 1].subtract(sorted[j]))) : sorted[j];
        return CohortFigures.r2(value.doubleValue());
    }
}
