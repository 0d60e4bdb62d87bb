package org.measura.cohorts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.InstrumentDefinition;
import org.measura.trends.CallerFigures;
import org.measura.trends.Phase;
import org.measura.trends.RefusalKind;
import org.measura.trends.Point;
import org.measura.trends.ScaleSeries;
import org.measura.trends.TrendEngine;
import org.measura.trends.TrendOptions;
import org.measura.trends.TrendReport;

/** Builds clients' PHQ-9 and GAD-7 courses through the trend engine, as the adapters do. */
final class Cohorts {

    static final InstrumentCatalog CATALOG = InstrumentCatalog.loadBuiltIn();
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    private Cohorts() {
    }

    /** One administration: weeks after the start, its phase (null = none), the PHQ-9 and the GAD-7 total. */
    record Visit(int week, Phase phase, double phq, double gad) {
    }

    /** A course the trend analysis refused as of content; the cohort tests count it, they do not word it. */
    static final ClientFault REFUSED = new ClientFault.Refused(RefusalKind.CONTENT, List.of());

    /** Each unanalysed client's reasons as its kind, for the tests that do not look at the wording. */
    static final ClientFaultWording KIND_ONLY = (client, fault) -> List.of(fault.kind().wire());

    static Visit v(int week, Phase phase, double phq, double gad) {
        return new Visit(week, phase, phq, gad);
    }

    /** Baseline at week 0 and termination at week 12. */
    static List<Visit> course(double phq1, double phq2, double gad1, double gad2) {
        return List.of(v(0, Phase.BASELINE, phq1, gad1), v(12, Phase.TERMINATION, phq2, gad2));
    }

    /** Weekly administrations without a phase. */
    static List<Visit> unphased(double[] phq, double[] gad) {
        List<Visit> out = new ArrayList<>();
        for (int i = 0; i < phq.length; i++) {
            out.add(v(i, null, phq[i], gad[i]));
        }
        return out;
    }

    static ClientCourse client(String group, List<Visit> visits) {
        try {
            List<Point> phq = new ArrayList<>();
            List<Point> gad = new ArrayList<>();
            for (Visit visit : visits) {
                phq.add(Point.of(START.plusWeeks(visit.week()), null, visit.phase(), visit.phq()));
                gad.add(Point.of(START.plusWeeks(visit.week()), null, visit.phase(), visit.gad()));
            }
            InstrumentDefinition p = CATALOG.find("phq9").orElseThrow();
            InstrumentDefinition g = CATALOG.find("gad7").orElseThrow();
            TrendReport report = new TrendEngine().analyse(List.of(
                    ScaleSeries.ofCatalog(p, p.scale("total").orElseThrow(), CallerFigures.none(), phq),
                    ScaleSeries.ofCatalog(g, g.scale("total").orElseThrow(), CallerFigures.none(), gad)),
                    TrendOptions.defaults());
            return ClientCourse.analysed(group, report);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
