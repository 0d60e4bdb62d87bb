package org.measura.fhir.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.measura.catalog.InstrumentCatalog;
import org.measura.fhir.BundleEntries;
import org.measura.fhir.Canonicals;
import org.measura.fhir.FhirException;
import org.measura.fhir.FhirIssue;
import org.measura.fhir.FhirJson;
import org.measura.fhir.FhirScoring;
import org.measura.fhir.Outcomes;
import org.measura.scoring.ScoringPlans;
import org.measura.trends.ChangeComparison;
import org.measura.trends.FieldReason;
import org.measura.trends.TrendAnalysis;
import org.measura.trends.Classification;
import org.measura.trends.PointRef;
import org.measura.trends.ScaleTrend;
import org.measura.trends.SuddenShift;
import org.measura.trends.TalkingTherapiesOutcome;
import org.measura.trends.TrendReport;

/**
 * $trend: reads one client's Bundle into a course, runs the same trend use case as POST /trends
 * ({@link TrendAnalysis}), and answers a collection Bundle: the score Observations in date order, a change
 * Observation per comparison, the follow-up and NHS Talking Therapies findings, and an OperationOutcome with what the
 * caller should know.
 */
public final class FhirTrends {

    private static final Comparator<Administration> ORDER = Comparator.comparing(Administration::date)
            .thenComparing(a -> a.course().session(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Administration::index);

    private final InstrumentCatalog catalog;
    private final Canonicals canonicals;
    private final FhirScoring scoring;
    private final TrendAnalysis analysis;

    /** @param plans the catalog's prepared scoring plans, shared with every other adapter */
    public FhirTrends(InstrumentCatalog catalog, ScoringPlans plans, Canonicals canonicals, FhirScoring scoring) {
        this.catalog = catalog;
        this.canonicals = canonicals;
        this.scoring = scoring;
        this.analysis = new TrendAnalysis(catalog, plans);
    }

    /** Where a series point is: its date and session identify it within its scale (the engine refuses ties). */
    private record PointKey(java.time.LocalDate date, Integer session) {
    }

    public Bundle analyse(FhirJson.Parsed parsed) {
        TrendBody body = TrendBody.from(parsed.resource());
        List<MeasurePart> measures = body.measures();
        TrendAnalysis.Setup setup = analysis.setUp(measures.stream().map(MeasurePart::measure).toList(),
                body.options(), false);
        List<FieldReason> refused = setup.faults();
        body.requireReadable(setup.ofForm() ? TrendFaults.of(refused, body, Map.of(), measures, Map.of(), canonicals)
                : List.of());
        if (!refused.isEmpty()) {
            throw new FhirException(TrendFaults.status(setup.kind()), TrendFaults.of(refused, body, Map.of(), measures,
                    Map.of(), canonicals));
        }
        EntryReader.Read read = new EntryReader(scoring, catalog, canonicals).read(body.bundle(), body.bundlePath());
        List<Administration> ordered = read.administrations().stream().sorted(ORDER).toList();

        Map<Observation, String> urls = new IdentityHashMap<>();
        Map<String, Map<PointKey, ChangeWriter.Anchor>> anchors = new HashMap<>();
        for (Administration a : ordered) {
            a.observations().forEach(o -> urls.put(o, BundleEntries.newUrl()));
            for (Administration.ScaleScore s : a.scores()) {
                anchors.computeIfAbsent(s.key(), k -> new HashMap<>()).put(new PointKey(a.date(), a.course().session()),
                        new ChangeWriter.Anchor(s.observation(), urls.get(s.observation()), a.effective(),
                                a.preliminary()));
            }
        }
        // in date order, so that the series are listed by the date of their first score; faults are located by
        // the index in this order
        TrendAnalysis.Result result = analysis.analyse(setup, ordered.stream().map(Administration::input).toList(),
                i -> ordered.get(i).path());
        if (!result.ok()) {
            Map<Integer, Administration> byIndex = new HashMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                byIndex.put(i, ordered.get(i));
            }
            throw new FhirException(TrendFaults.status(result.kind()), TrendFaults.of(result.faults(), body, result.labels(), measures, byIndex,
                    canonicals));
        }
        TrendReport report = result.report();

        Bundle out = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (Administration a : ordered) {
            a.observations().forEach(o -> add(out, o, urls.get(o)));
        }
        ChangeWriter writer = new ChangeWriter(canonicals, read.subject());
        for (ScaleTrend trend : report.scales()) {
            Map<PointKey, ChangeWriter.Anchor> byPoint = anchors.get(trend.instrumentId() + "/" + trend.scaleId());
            Function<PointRef, ChangeWriter.Anchor> at = p -> byPoint.get(new PointKey(p.date(), p.session()));
            for (ChangeComparison c : trend.comparisons()) {
                List<Classification> outcomes = trend.outcomes().stream()
                        .filter(o -> c.kind() == o.comparison()).toList();
                add(out, writer.change(trend, c, at.apply(c.from()), at.apply(c.to()), outcomes), null);
            }
            if (trend.followUp() != null) {
                writer.followUp(trend, at).forEach(o -> add(out, o, null));
            }
        }
        TalkingTherapiesOutcome tt = report.talkingTherapies();
        if (tt != null && tt.computed()) {
            Function<PointRef, ChangeWriter.Anchor> phq = p -> anchors.get("phq9/total")
                    .get(new PointKey(p.date(), p.session()));
            Function<PointRef, ChangeWriter.Anchor> gad = p -> anchors.get("gad7/total")
                    .get(new PointKey(p.date(), p.session()));
            add(out, writer.talkingTherapies(tt, phq.apply(tt.phq9First()), phq.apply(tt.phq9Last()),
                    gad.apply(tt.gad7First()), gad.apply(tt.gad7Last())), null);
        }
        add(out, Outcomes.of(issues(parsed, read, report, measures)), null);
        return out;
    }

    private static void add(Bundle bundle, Resource resource, String url) {
        BundleEntries.add(bundle, resource, url);
    }

    private static List<FhirIssue> issues(FhirJson.Parsed parsed, EntryReader.Read read, TrendReport report,
            List<MeasurePart> measures) {
        List<FhirIssue> issues = new ArrayList<>();
        int used = read.responses() + read.observations();
        issues.add(FhirIssue.information("Analysed " + report.scales().size() + " scale"
                + (report.scales().size() == 1 ? "" : "s") + " over " + used + " administration"
                + (used == 1 ? "" : "s") + ": " + read.responses() + " QuestionnaireResponse"
                + (read.responses() == 1 ? "" : "s") + " scored here and " + read.observations()
                + " score Observation" + (read.observations() == 1 ? "" : "s") + " read.", null));
        issues.addAll(parsed.warnings());
        issues.addAll(read.issues());
        for (MeasurePart m : measures) {
            if (report.scales().stream().noneMatch(t -> m.key().equals(t.instrumentId() + "/" + t.scaleId()))) {
                issues.add(FhirIssue.warning(IssueType.INFORMATIONAL, "No score in the Bundle is of the scale this "
                        + "measure part names, so its figures were not used.", m.path()));
            }
        }
        for (ScaleTrend t : report.scales()) {
            String label = t.label() + ": ";
            issues.add(FhirIssue.information(label + t.summary(), null));
            if (t.reliableChange() != null && t.reliableChange().choice() != null) {
                issues.add(FhirIssue.information(label + "reliable change: " + t.reliableChange().choice(), null));
            }
            if (t.cutoff() != null && t.cutoff().derivation() != null) {
                issues.add(FhirIssue.information(label + "cut-off: " + t.cutoff().derivation(), null));
            }
            t.notes().forEach(n -> issues.add(FhirIssue.information(label + n, null)));
            if (t.trajectory() != null) {
                issues.add(FhirIssue.information(label + t.trajectory().explanation(), null));
            }
            if (t.suddenChanges() != null) {
                issues.add(FhirIssue.information(label + t.suddenChanges().explanation(), null));
                for (SuddenShift s : t.suddenChanges().gains()) {
                    issues.add(FhirIssue.information(label + s.explanation(), null));
                }
                for (SuddenShift s : t.suddenChanges().losses()) {
                    issues.add(FhirIssue.information(label + s.explanation(), null));
                }
            }
        }
        if (report.talkingTherapies() != null && !report.talkingTherapies().computed()) {
            issues.add(FhirIssue.information("NHS Talking Therapies: " + report.talkingTherapies().summary(), null));
        }
        report.notes().forEach(n -> issues.add(FhirIssue.information(n, null)));
        return issues;
    }
}
