package org.measura.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.measura.catalog.Comparison;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.JsonPointers;
import org.measura.catalog.Scale;
import org.measura.fault.FaultCode;
import org.measura.scoring.FieldError;
import org.measura.scoring.InvalidResponsesException;
import org.measura.scoring.NotScorableException;
import org.measura.scoring.ScaleResult;
import org.measura.scoring.Scorer;
import org.measura.scoring.ScoringPlans;
import org.measura.scoring.UnassessedRisk;
import org.measura.trends.AdministrationChecks;
import org.measura.trends.CallerFigures;
import org.measura.trends.CourseLocation;
import org.measura.trends.CourseAnalysis;
import org.measura.trends.CutoffType;
import org.measura.trends.ExpectedResponseTracking;
import org.measura.trends.FieldReason;
import org.measura.trends.Point;
import org.measura.trends.ReliableChangeMethod;
import org.measura.trends.ScoreDirection;
import org.measura.trends.TrendOptions;
import org.measura.trends.TrendReport;
import org.measura.trends.UnassessedRiskAt;

/**
 * Reads a trend request into a course (scoring raw responses on the way), runs the core's trend use case
 * ({@link CourseAnalysis}) and turns every fault into a problem whose pointers lead into the request.
 */
@ApplicationScoped
public class TrendService {

    private static final String DEFAULT_SCALE = "total";
    private static final String ADMINISTRATIONS = "/administrations/";

    private final InstrumentCatalog catalog;
    private final ScoringPlans plans;
    private final CourseAnalysis analysis = new CourseAnalysis();

    TrendService(InstrumentCatalog catalog, ScoringPlans plans) {
        this.catalog = catalog;
        this.plans = plans;
    }

    /** A measure entry as resolved: a catalog scale with overrides, or a caller's own measure. */
    private record MeasureEntry(int index, String id, String scale, ScoreDirection direction, CallerFigures figures,
            boolean callerDefined) {
    }

    /** The report for a request, or a problem; POST /trends and POST /trends/chart answer the same problems. */
    public TrendReport analyse(TrendRequest request) {
        if (request == null) {
            throw ProblemType.INVALID_REQUEST.exception("The body must be a JSON object with an `administrations` array.");
        }
        List<FieldError> shape = new ArrayList<>();
        List<FieldError> semantic = new ArrayList<>();
        if (request.administrations() == null || request.administrations().isEmpty()) {
            shape.add(FieldError.of(FaultCode.REQUIRED, "/administrations",
                    "is required: at least one administration"));
        } else if (request.administrations().size() > TrendRequest.MAX_ADMINISTRATIONS) {
            shape.add(FieldError.of(FaultCode.TOO_MANY, "/administrations",
                    "holds more than " + TrendRequest.MAX_ADMINISTRATIONS
                    + " administrations"));
        }
        List<TrendRequest.Measure> measureList = request.measures() == null ? List.of() : request.measures();
        if (measureList.size() > TrendRequest.MAX_MEASURES) {
            shape.add(FieldError.of(FaultCode.TOO_MANY, "/measures",
                    "holds more than " + TrendRequest.MAX_MEASURES + " measures"));
        }
        if (!shape.isEmpty()) {
            throw ProblemType.INVALID_REQUEST.exception(ProblemType.fieldCount(shape), shape);
        }
        Map<String, MeasureEntry> measures = measures(measureList, shape, semantic);
        TrendOptions options = options(request.options(), shape);

        CourseAnalysis.Course course = new CourseAnalysis.Course();
        for (int i = 0; i < request.administrations().size(); i++) {
            administration(request.administrations().get(i), i, measures, course, shape, semantic);
            if (shape.isEmpty() && semantic.isEmpty()) {
                unassessedRisks(request.administrations().get(i), i, course);
            }
        }
        if (!shape.isEmpty()) {
            throw ProblemType.INVALID_REQUEST.exception(ProblemType.fieldCount(shape), shape);
        }
        if (!semantic.isEmpty()) {
            throw ProblemType.INVALID_TREND_REQUEST.exception(ProblemType.fieldCount(semantic), semantic);
        }
        Map<String, CourseAnalysis.Measure> figures = new HashMap<>();
        measures.forEach((key, m) -> figures.put(key, new CourseAnalysis.Measure(m.direction(), m.figures())));
        CourseAnalysis.Result result = analysis.analyse(course, figures, options);
        if (result.ok() && request.expectedResponse() != null) {
            result = expected(result.report(), request.expectedResponse());
        }
        if (!result.ok()) {
            List<FieldError> errors = result.faults().stream().map(r -> pointerFor(r, measures)).toList();
            throw ProblemType.INVALID_TREND_REQUEST.exception(ProblemType.fieldCount(errors), errors);
        }
        return result.report();
    }

    /** Each scale against the supplied expected-response curves; faulty curves are a 422 naming the field. */
    private static CourseAnalysis.Result expected(TrendReport report, TrendRequest.ExpectedResponse expected) {
        int atRisk = expected.atRiskPercentile() == null ? ExpectedResponseTracking.DEFAULT_AT_RISK
                : expected.atRiskPercentile();
        int notOnTrack = expected.notOnTrackPercentile() == null ? ExpectedResponseTracking.DEFAULT_NOT_ON_TRACK
                : expected.notOnTrackPercentile();
        if (expected.curves() != null && expected.curves().size() > TrendRequest.MAX_CURVES) {
            throw ProblemType.INVALID_REQUEST.exception("1 field is invalid; see errors.", List.of(new FieldError(
                    "/expectedResponse/curves", "holds more than " + TrendRequest.MAX_CURVES + " curves")));
        }
        return CourseAnalysis.track(report, expected.curves(), atRisk, notOnTrack);
    }

    private Map<String, MeasureEntry> measures(List<TrendRequest.Measure> list, List<FieldError> shape,
            List<FieldError> semantic) {
        Map<String, MeasureEntry> byKey = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            TrendRequest.Measure m = list.get(i);
            String at = "/measures/" + i;
            if (m == null) {
                shape.add(FieldError.of(FaultCode.INVALID, at, "must be an object"));
                continue;
            }
            if (m.id() == null || m.id().isBlank()) {
                shape.add(FieldError.of(FaultCode.REQUIRED, at + "/id", "is required"));
                continue;
            }
            String scale = m.scale() == null ? DEFAULT_SCALE : m.scale();
            InstrumentDefinition definition = catalog.find(m.id()).orElse(null);
            ScoreDirection direction = null;
            if (m.direction() != null) {
                try {
                    direction = ScoreDirection.fromWire(m.direction());
                } catch (IllegalArgumentException e) {
                    shape.add(FieldError.of(FaultCode.INVALID, at + "/direction",
                            "must be lower-is-better or higher-is-better"));
                }
            }
            if (definition != null) {
                Scale catalogScale = definition.scale(scale).orElse(null);
                if (catalogScale == null) {
                    semantic.add(FieldError.of(FaultCode.UNKNOWN, at + "/scale",
                            "is not a scale of " + definition.abbreviation()
                            + " (scales: " + String.join(", ", definition.scales().stream().map(Scale::id).toList())
                            + ")"));
                    continue;
                }
                if (direction != null && direction != ScoreDirection.of(catalogScale.direction())) {
                    semantic.add(FieldError.of(FaultCode.CONFLICT, at + "/direction",
                            "contradicts the catalog definition, which says "
                            + ScoreDirection.of(catalogScale.direction()).wire()));
                }
                direction = ScoreDirection.of(catalogScale.direction());
            } else if (direction == null && m.direction() == null) {
                shape.add(FieldError.of(FaultCode.REQUIRED, at + "/direction",
                        "is required for a measure that is not in the catalog"));
            }
            Comparison comparison = null;
            if (m.cutoffComparison() != null) {
                try {
                    comparison = Comparison.fromWire(m.cutoffComparison());
                } catch (IllegalArgumentException e) {
                    shape.add(FieldError.of(FaultCode.INVALID, at + "/cutoffComparison", e.getMessage()));
                }
            }
            CallerFigures figures = CallerFigures.builder().reliability(m.reliability())
                    .referenceMean(m.referenceMean()).referenceSd(m.referenceSd())
                    .postReliability(m.postReliability()).postMean(m.postMean()).postSd(m.postSd())
                    .prePostCorrelation(m.prePostCorrelation())
                    .clinicalMean(m.clinicalMean()).clinicalSd(m.clinicalSd())
                    .functionalMean(m.functionalMean()).functionalSd(m.functionalSd())
                    .cutoff(m.cutoff()).cutoffComparison(comparison)
                    .reliableChangeThreshold(m.reliableChangeThreshold())
                    .reliableChangeInclusive(m.reliableChangeInclusive()).build();
            MeasureEntry entry = new MeasureEntry(i, m.id(), scale, direction, figures, definition == null);
            if (byKey.putIfAbsent(m.id() + "/" + scale, entry) != null) {
                semantic.add(FieldError.of(FaultCode.DUPLICATE, at, "repeats measure " + m.id() + "/" + scale));
            }
        }
        return byKey;
    }

    private static TrendOptions options(TrendRequest.Options o, List<FieldError> shape) {
        TrendOptions options = TrendOptions.defaults();
        if (o == null) {
            return options;
        }
        if (o.method() != null) {
            try {
                options = options.withMethod(ReliableChangeMethod.fromWire(o.method()));
            } catch (IllegalArgumentException e) {
                shape.add(FieldError.of(FaultCode.INVALID, "/options/method", e.getMessage()));
            }
        }
        if (o.criticalValue() != null) {
            options = options.withCriticalValue(o.criticalValue());
        }
        if (o.cutoffType() != null) {
            try {
                options = options.withCutoffType(CutoffType.fromWire(o.cutoffType()));
            } catch (IllegalArgumentException e) {
                shape.add(FieldError.of(FaultCode.INVALID, "/options/cutoffType", e.getMessage()));
            }
        }
        return options.withSuddenGains(o.suddenGainAbsoluteCutoff(),
                o.suddenGainRelativeShare() == null ? TrendOptions.DEFAULT_RELATIVE_SHARE : o.suddenGainRelativeShare(),
                o.suddenGainStabilityTest() == null || o.suddenGainStabilityTest(),
                Boolean.TRUE.equals(o.suddenGainsFromFirstMeasurement()));
    }

    private void administration(TrendRequest.Administration a, int index, Map<String, MeasureEntry> measures,
            CourseAnalysis.Course course, List<FieldError> shape, List<FieldError> semantic) {
        String at = ADMINISTRATIONS + index;
        if (a == null) {
            shape.add(FieldError.of(FaultCode.INVALID, at, "must be an object"));
            return;
        }
        int before = shape.size() + semantic.size();
        if (a.instrument() == null || a.instrument().isBlank()) {
            shape.add(FieldError.of(FaultCode.REQUIRED, at + "/instrument",
                    "is required: a catalog instrument id or a measure id"));
        }
        List<FieldReason> placing = new ArrayList<>();
        AdministrationChecks.Placement place = AdministrationChecks.place(index, a.date(), a.session(), a.phase(),
                placing);
        sort(placing, shape, semantic);
        boolean hasResponses = a.responses() != null;
        boolean hasScores = a.scores() != null;
        if (hasResponses == hasScores) {
            shape.add(FieldError.of(FaultCode.INVALID, at, "must carry exactly one of responses and scores"));
        }
        if (shape.size() + semantic.size() > before || a.instrument() == null) {
            return;
        }
        InstrumentDefinition definition = catalog.find(a.instrument()).orElse(null);
        boolean callerMeasure = definition == null && measures.values().stream()
                .anyMatch(m -> m.callerDefined() && m.id().equals(a.instrument()));
        if (definition == null && !callerMeasure) {
            semantic.add(FieldError.of(FaultCode.UNKNOWN, at + "/instrument",
                    "is neither a catalog instrument nor a measure defined in measures"
                    + catalog.didYouMean(a.instrument()).map(h -> " (" + h + ")").orElse("")));
            return;
        }
        if (hasResponses) {
            if (definition == null) {
                semantic.add(FieldError.of(FaultCode.INVALID, at + "/responses",
                        "a caller-defined measure takes scores, not responses"));
                return;
            }
            scoreResponses(definition, a, index, place, course, shape, semantic);
            return;
        }
        List<FieldReason> faults = new ArrayList<>();
        List<AdministrationChecks.SentScore> scores;
        if (definition != null) {
            if (a.coding() != null) {
                semantic.add(FieldError.of(FaultCode.INVALID, at + "/coding", "applies to responses, not to scores"));
            }
            scores = AdministrationChecks.catalogScores(index, definition, a.scores(), faults);
        } else {
            scores = AdministrationChecks.measureScores(index, a.instrument(),
                    scale -> measures.containsKey(a.instrument() + "/" + scale), a.scores(), faults);
        }
        sort(faults, shape, semantic);
        for (AdministrationChecks.SentScore sent : scores) {
            if (definition == null) {
                course.add(null, a.instrument(), sent.scaleId(), new Point(place.date(), place.session(),
                        place.phase(), sent.score(), null, null, index));
            } else {
                ScaleResult.BandResult band = Scorer.band(sent.scale(), sent.score());
                course.add(definition, definition.id(), sent.scaleId(), new Point(place.date(), place.session(),
                        place.phase(), sent.score(), bandId(band), bandLabel(band), index));
            }
        }
    }

    /** Faults of administrations as sent: faults of form (a 400) apart from faults of content (a 422). */
    private static void sort(List<FieldReason> faults, List<FieldError> shape, List<FieldError> semantic) {
        for (FieldReason f : faults) {
            (f.ofForm() ? shape : semantic).add(pointerFor(f, Map.of()));
        }
    }

    /** Risk items left unanswered at a scored administration: said in the report and in its notes. */
    private void unassessedRisks(TrendRequest.Administration a, int index, CourseAnalysis.Course course) {
        if (a.responses() == null || a.instrument() == null) {
            return;
        }
        InstrumentDefinition definition = catalog.find(a.instrument()).orElse(null);
        if (definition == null) {
            return;
        }
        List<UnassessedRisk> unassessed;
        try {
            unassessed = Scorer.unassessedRisks(plans.of(definition), a.responses().values(), a.coding());
        } catch (InvalidResponsesException e) {
            return; // already answered as a fault of this administration
        }
        for (UnassessedRisk risk : unassessed) {
            course.unassessedRisk(new UnassessedRiskAt(index, a.date(), definition.id(), risk.flag(), risk.items(),
                    risk.fired(), risk.statement()));
            course.note("/administrations/" + index + " (" + a.date() + "): " + risk.statement());
        }
    }

    private void scoreResponses(InstrumentDefinition definition, TrendRequest.Administration a, int index,
            AdministrationChecks.Placement place, CourseAnalysis.Course course, List<FieldError> shape,
            List<FieldError> semantic) {
        String at = ADMINISTRATIONS + index;
        List<FieldError> read = a.responses().faults(at + "/responses");
        if (!read.isEmpty()) {
            shape.addAll(read);
            return;
        }
        Map<String, Integer> responses = a.responses().values();
        try {
            for (ScaleResult scale : Scorer.scaleScores(plans.of(definition), responses, a.coding())) {
                if (scale.scored()) {
                    course.add(definition, definition.id(), scale.id(), new Point(place.date(), place.session(),
                            place.phase(), scale.score().doubleValue(), bandId(scale.band()), bandLabel(scale.band()),
                            index));
                } else {
                    course.note(at + ": " + definition.abbreviation() + " " + scale.name() + " was not scored ("
                            + scale.notScoredReason() + ") and is left out of its series.");
                }
            }
        } catch (InvalidResponsesException e) {
            e.errors().forEach(f -> semantic.add(f.under(at)));
        } catch (NotScorableException e) {
            course.note(at + ": no scale of " + definition.abbreviation() + " could be scored ("
                    + String.join(" ", e.reasons()) + "); the administration is left out of every series.");
        }
    }

    private static FieldError pointerFor(FieldReason r, Map<String, MeasureEntry> measures) {
        String reason = r.scale() == null ? r.reason() : r.scale() + ": " + r.reason();
        if (r.at() != null) {
            // at the first administration involved, naming the others
            List<String> others = r.at().others().stream().map(i -> ADMINISTRATIONS + i).toList();
            return new FieldError(pointer(r.at()), reason, r.code(), others, null);
        }
        if (r.option() != null) {
            return new FieldError("/options/" + r.option().wire(), reason, r.code(), null);
        }
        if (r.scale() != null) {
            MeasureEntry measure = measures.get(r.scale());
            if (measure != null) {
                return new FieldError("/measures/" + measure.index() + "/" + r.field(), reason, r.code(), null);
            }
            return new FieldError("/measures", reason + " (supply " + r.field() + " for " + r.scale()
                    + " in measures)", r.code(), null);
        }
        return new FieldError("/" + (r.field() == null ? "" : r.field()), reason, r.code(), null);
    }

    /** The JSON Pointer of a place in the course: the administration, and its field where the fault is one. */
    private static String pointer(CourseLocation at) {
        String administration = ADMINISTRATIONS + at.first();
        return switch (at.field()) {
            case ADMINISTRATION, SCORE -> administration;
            case DATE, SESSION, PHASE -> administration + "/" + at.field().wire();
            case SCORES -> administration + "/scores" + (at.score() == null ? "" : "/" + JsonPointers.escape(at.score()));
        };
    }

    private static String bandId(ScaleResult.BandResult band) {
        return band == null ? null : band.id();
    }

    private static String bandLabel(ScaleResult.BandResult band) {
        return band == null ? null : band.label();
    }

}
