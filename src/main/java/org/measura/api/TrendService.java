package org.measura.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.JsonPointers;
import org.measura.scoring.ScoringPlans;
import org.measura.trends.CourseLocation;
import org.measura.trends.FieldReason;
import org.measura.trends.FigureName;
import org.measura.trends.MeasureLocation;
import org.measura.trends.TrendAnalysis;
import org.measura.trends.TrendReport;

/**
 * Maps a trend request into the core's trend use case ({@link TrendAnalysis}) and every fault it answers into a
 * problem whose pointers lead into the request: a 400 for faults of form, a 422 for faults of content.
 */
@ApplicationScoped
public class TrendService {

    private static final String ADMINISTRATIONS = "/administrations/";
    private static final TrendAnalysis.Limits LIMITS = new TrendAnalysis.Limits(TrendRequest.MAX_ADMINISTRATIONS,
            TrendRequest.MAX_MEASURES, TrendRequest.MAX_CURVES);

    private final TrendAnalysis analysis;

    TrendService(InstrumentCatalog catalog, ScoringPlans plans) {
        this.analysis = new TrendAnalysis(catalog, plans);
    }

    /** The report for a request, or a problem; POST /trends and POST /trends/chart answer the same problems. */
    public TrendReport analyse(TrendRequest request) {
        if (request == null) {
            throw ProblemType.INVALID_REQUEST.exception("The body must be a JSON object with an `administrations` array.");
        }
        TrendAnalysis.Result result = analysis.analyse(input(request));
        if (!result.ok()) {
            List<FieldError> errors = result.faults().stream().map(TrendService::pointerFor).toList();
            ProblemType problem = switch (result.kind()) {
                case FORM -> ProblemType.INVALID_REQUEST;
                case CONTENT -> ProblemType.INVALID_TREND_REQUEST;
            };
            throw problem.exception(ProblemType.fieldCount(errors), errors);
        }
        return result.report();
    }

    /** The core's trend use case, for the cohort operations that run it per client. */
    TrendAnalysis analysis() {
        return analysis;
    }

    /** The request as the trend use case takes it. */
    static TrendAnalysis.Input input(TrendRequest request) {
        List<TrendAnalysis.AdministrationInput> administrations = request.administrations() == null ? null
                : request.administrations().stream().map(TrendService::administration).toList();
        List<TrendAnalysis.MeasureInput> measures = request.measures() == null ? null
                : request.measures().stream().map(TrendService::measure).toList();
        TrendRequest.Options o = request.options();
        TrendAnalysis.OptionsInput options = o == null ? null : new TrendAnalysis.OptionsInput(o.method(),
                o.criticalValue(), o.cutoffType(), o.suddenGainAbsoluteCutoff(), o.suddenGainRelativeShare(),
                o.suddenGainStabilityTest(), o.suddenGainsFromFirstMeasurement());
        TrendRequest.ExpectedResponse e = request.expectedResponse();
        TrendAnalysis.ExpectedInput expected = e == null ? null
                : new TrendAnalysis.ExpectedInput(e.curves(), e.atRiskPercentile(), e.notOnTrackPercentile());
        return new TrendAnalysis.Input(administrations, measures, options, expected, LIMITS, i -> ADMINISTRATIONS + i);
    }

    private static TrendAnalysis.AdministrationInput administration(TrendRequest.Administration a) {
        if (a == null) {
            return null;
        }
        TrendAnalysis.ResponsesInput responses = a.responses() == null ? null
                : new TrendAnalysis.ResponsesInput(a.responses().values(), a.responses().unread());
        return new TrendAnalysis.AdministrationInput(a.instrument(), a.date(), a.session(), a.phase(), responses,
                a.scores(), a.coding());
    }

    private static TrendAnalysis.MeasureInput measure(TrendRequest.Measure m) {
        if (m == null) {
            return null;
        }
        Map<FigureName, Double> figures = new EnumMap<>(FigureName.class);
        figures.put(FigureName.RELIABILITY, m.reliability());
        figures.put(FigureName.REFERENCE_MEAN, m.referenceMean());
        figures.put(FigureName.REFERENCE_SD, m.referenceSd());
        figures.put(FigureName.POST_RELIABILITY, m.postReliability());
        figures.put(FigureName.POST_MEAN, m.postMean());
        figures.put(FigureName.POST_SD, m.postSd());
        figures.put(FigureName.PRE_POST_CORRELATION, m.prePostCorrelation());
        figures.put(FigureName.CLINICAL_MEAN, m.clinicalMean());
        figures.put(FigureName.CLINICAL_SD, m.clinicalSd());
        figures.put(FigureName.FUNCTIONAL_MEAN, m.functionalMean());
        figures.put(FigureName.FUNCTIONAL_SD, m.functionalSd());
        figures.put(FigureName.CUTOFF, m.cutoff());
        figures.put(FigureName.RELIABLE_CHANGE_THRESHOLD, m.reliableChangeThreshold());
        return new TrendAnalysis.MeasureInput(m.id(), m.scale(), m.direction(), figures, m.cutoffComparison(),
                m.reliableChangeInclusive());
    }

    /** The fault at its JSON Pointer into the request. */
    static FieldError pointerFor(FieldReason r) {
        String reason = r.scale() == null ? r.reason() : r.scale() + ": " + r.reason();
        if (r.at() != null) {
            // at the first administration involved, naming the others
            List<String> others = r.at().others().stream().map(i -> ADMINISTRATIONS + i).toList();
            return new FieldError(pointer(r.at()), reason, r.code(), others);
        }
        if (r.option() != null) {
            return new FieldError("/options/" + r.option().wire(), reason, r.code());
        }
        if (r.measure() != null) {
            return new FieldError(pointer(r.measure(), r), reason, r.code());
        }
        if (r.scale() != null) {
            return new FieldError("/measures", reason + " (supply " + r.field() + " for " + r.scale()
                    + " in measures)", r.code());
        }
        return new FieldError("/" + (r.field() == null ? "" : r.field()), reason, r.code());
    }

    /** The JSON Pointer of a place in the course: the administration, and its field where the fault is one. */
    private static String pointer(CourseLocation at) {
        String administration = ADMINISTRATIONS + at.first();
        return switch (at.field()) {
            case ADMINISTRATION, SCORE -> administration;
            case DATE, SESSION, PHASE, INSTRUMENT, CODING -> administration + "/" + at.field().wire();
            case SCORES -> administration + "/scores" + (at.score() == null ? "" : "/" + JsonPointers.escape(at.score()));
            case RESPONSES -> administration + "/responses"
                    + (at.item() == null ? "" : "/" + JsonPointers.escape(at.item()));
        };
    }

    /** The JSON Pointer of a measure entry, and of its field where the fault is one. */
    private static String pointer(MeasureLocation at, FieldReason r) {
        String measure = "/measures/" + at.index();
        return switch (at.field()) {
            case ENTRY -> measure;
            case FIGURE -> measure + "/" + r.figure().wire();
            case ID, SCALE, DIRECTION -> measure + "/" + at.field().wire();
            case SERIES -> measure + "/" + r.field();
        };
    }
}
