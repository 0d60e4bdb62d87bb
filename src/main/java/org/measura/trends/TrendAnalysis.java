package org.measura.trends;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.measura.catalog.Comparison;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Scale;
import org.measura.fault.FaultCode;
import org.measura.scoring.InvalidResponsesException;
import org.measura.scoring.NotScorableException;
import org.measura.scoring.ScaleResult;
import org.measura.scoring.Scorer;
import org.measura.scoring.ScoringFault;
import org.measura.scoring.ScoringPlans;
import org.measura.scoring.UnassessedRisk;

/**
 * The trend use case from a course as sent: the administrations (instrument, date, session, phase, and item responses
 * or scale scores), the measure entries (a catalog scale's figures overridden, or a measure of the caller's own), the
 * options as sent and the expected-response curves. It resolves the measures against the catalog, reads the options,
 * checks and scores each administration, runs the course through {@link CourseAnalysis} and sets it against the
 * curves; it answers the report, or faults that are typed ({@link FaultCode}), located (an administration and its
 * field, a measure entry and its field, an option, a figure of a scale) and either all of form or all of content.
 * Adapters map their request into an {@link Input} and a location into their own terms (a JSON Pointer, a FHIRPath);
 * they decide nothing by the wording.
 */
public final class TrendAnalysis {

    /** The scale a measure entry is about when it names none. */
    public static final String DEFAULT_SCALE = "total";

    private final InstrumentCatalog catalog;
    private final ScoringPlans plans;
    private final CourseAnalysis analysis = new CourseAnalysis();

    public TrendAnalysis(InstrumentCatalog catalog, ScoringPlans plans) {
        this.catalog = catalog;
        this.plans = plans;
    }

    /** How much one request may hold. */
    public record Limits(int administrations, int measures, int curves) {
    }

    /**
     * A course as sent. A list, or an entry of one, is null where the request held none (an entry that is no object).
     *
     * @param name how the caller names an administration by its index in notes (e.g. {@code /administrations/3})
     */
    public record Input(List<AdministrationInput> administrations, List<MeasureInput> measures, OptionsInput options,
            ExpectedInput expectedResponse, Limits limits, IntFunction<String> name) {
    }

    /** One administration as sent; it should carry exactly one of responses and scores. */
    public record AdministrationInput(String instrument, String date, Integer session, String phase,
            ResponsesInput responses, Map<String, Double> scores, String coding) {
    }

    /**
     * Item responses as sent: item id to the value ticked (null when unanswered), and the answers that could not be
     * read as one (in the order sent).
     */
    public record ResponsesInput(Map<String, Integer> values, List<UnreadResponse> unread) {

        public ResponsesInput {
            unread = unread == null ? List.of() : List.copyOf(unread);
        }
    }

    /** An answer that could not be read, worded by the reader; {@code item} is null when it is the whole value. */
    public record UnreadResponse(String item, String reason) {
    }

    /**
     * A measure entry as sent: {@code id} a catalog instrument (its {@code scale}, by default total, overridden) or a
     * measure of the caller's own; the numeric figures by name, and the two refinements as sent.
     */
    public record MeasureInput(String id, String scale, String direction, Map<FigureName, Double> figures,
            String cutoffComparison, Boolean reliableChangeInclusive) {

        public MeasureInput {
            figures = figures == null ? Map.of() : figures;
        }
    }

    /** The options as sent; any may be null (not chosen). */
    public record OptionsInput(String method, Double criticalValue, String cutoffType, Double suddenGainAbsoluteCutoff,
            Double suddenGainRelativeShare, Boolean suddenGainStabilityTest, Boolean suddenGainsFromFirstMeasurement) {
    }

    /** Expected-response curves and the percentiles past which a scale is at risk or not on track (null: default). */
    public record ExpectedInput(List<ExpectedCurve> curves, Integer atRiskPercentile, Integer notOnTrackPercentile) {
    }

    /**
     * The report, or the faults that stopped it: all of form or all of content, as {@code kind} says (null when
     * analysed). {@code labels} maps a series key ("phq9/total") to the label of each series built before the faults
     * were found.
     */
    public record Result(TrendReport report, List<FieldReason> faults, RefusalKind kind, Map<String, String> labels) {

        public Result {
            faults = faults == null ? List.of() : List.copyOf(faults);
            labels = labels == null ? Map.of() : Map.copyOf(labels);
        }

        public boolean ok() {
            return report != null;
        }

        /** Whether the faults that stopped the trend are of form. */
        public boolean ofForm() {
            return kind == RefusalKind.FORM;
        }

        static Result analysed(TrendReport report, Map<String, String> labels) {
            return new Result(report, List.of(), null, labels);
        }

        static Result refused(List<FieldReason> faults, Map<String, String> labels) {
            return new Result(null, faults,
                    !faults.isEmpty() && faults.get(0).ofForm() ? RefusalKind.FORM : RefusalKind.CONTENT, labels);
        }
    }

    /** The measure entries resolved and the options read, or their faults (of form, then of content). */
    public static final class Setup {

        private final Map<String, Resolved> measures = new LinkedHashMap<>();
        private final List<FieldReason> form = new ArrayList<>();
        private final List<FieldReason> content = new ArrayList<>();
        private TrendOptions options = TrendOptions.defaults();

        private record Resolved(int index, String id, ScoreDirection direction, CallerFigures figures,
                boolean ownMeasure) {
        }

        /** The faults of form, else of content; empty when the measures and options can be used. */
        public List<FieldReason> faults() {
            return form.isEmpty() ? List.copyOf(content) : List.copyOf(form);
        }

        /** Whether the faults are of form (else, where there are any, of content). */
        public boolean ofForm() {
            return !form.isEmpty();
        }

        /** The kind of the faults, or null when there are none. */
        public RefusalKind kind() {
            return ofForm() ? RefusalKind.FORM : content.isEmpty() ? null : RefusalKind.CONTENT;
        }

        private void add(FieldReason fault) {
            (fault.ofForm() ? form : content).add(fault);
        }

        private boolean ownMeasure(String id) {
            return measures.values().stream().anyMatch(m -> m.ownMeasure() && m.id().equals(id));
        }
    }

    /** POST /trends and every adapter reading a course as sent: the whole use case. */
    public Result analyse(Input input) {
        List<FieldReason> limits = limits(input);
        if (!limits.isEmpty()) {
            return Result.refused(limits, Map.of());
        }
        Setup setup = setUp(input.measures() == null ? List.of() : input.measures(), input.options(), true);
        Result result = analyse(setup, input.administrations(), input.name());
        if (result.ok() && input.expectedResponse() != null) {
            return expected(result.report(), input.expectedResponse(), input.limits());
        }
        return result;
    }

    /**
     * The measure entries against the catalog and the options as sent, before any administration is read.
     *
     * @param ownMeasures whether an entry may define a measure of the caller's own (else it must name a catalog
     *                    instrument)
     */
    public Setup setUp(List<MeasureInput> measures, OptionsInput options, boolean ownMeasures) {
        Setup setup = new Setup();
        for (int i = 0; i < measures.size(); i++) {
            measure(measures.get(i), i, ownMeasures, setup);
        }
        setup.options = options(options, setup);
        return setup;
    }

    /**
     * The administrations of a course, checked, scored and analysed with the measures and options already set up:
     * for an adapter that reports the faults of the measures and options before it reads the administrations (FHIR,
     * whose entries are read only once the Parameters are), and for {@link #analyse(Input)}. Faults of the
     * administrations are added to the setup's.
     *
     * @param administrations in the order the caller numbers them (faults are located by that index); a series takes
     *                        its place among the others by the first administration that scores it
     * @param name            how the caller names an administration by its index in notes
     */
    public Result analyse(Setup setup, List<AdministrationInput> administrations, IntFunction<String> name) {
        CourseAnalysis.Course course = new CourseAnalysis.Course();
        for (int i = 0; i < administrations.size(); i++) {
            administration(administrations.get(i), i, setup, course, name);
            if (setup.form.isEmpty() && setup.content.isEmpty()) {
                unassessedRisks(administrations.get(i), i, course, name);
            }
        }
        if (!setup.faults().isEmpty()) {
            return Result.refused(setup.faults(), Map.of());
        }
        return analyse(setup, course);
    }

    /** The course through the engine, with the setup's figures. */
    private Result analyse(Setup setup, CourseAnalysis.Course course) {
        Map<String, CourseAnalysis.Measure> figures = new HashMap<>();
        setup.measures.forEach((key, m) -> figures.put(key, new CourseAnalysis.Measure(m.direction(), m.figures())));
        CourseAnalysis.Result result = analysis.analyse(course, figures, setup.options);
        if (result.ok()) {
            return Result.analysed(result.report(), result.labels());
        }
        return Result.refused(result.faults().stream().map(f -> atMeasure(f, setup)).toList(), result.labels());
    }

    /** A fault about a scale whose figures a measure entry sent is placed at that entry. */
    private static FieldReason atMeasure(FieldReason fault, Setup setup) {
        if (!(fault.where() instanceof FieldReason.OfScale about) || fault.scale() == null) {
            return fault;
        }
        Setup.Resolved measure = setup.measures.get(fault.scale());
        return measure == null ? fault : fault.atMeasure(new MeasureLocation(measure.index(), measureField(about)));
    }

    /** The part of a measure entry that a part of its scale's series is. */
    private static MeasureField measureField(FieldReason.OfScale about) {
        if (about instanceof FieldReason.SeriesField series) {
            return switch (series.part()) {
                case SCALE -> MeasureField.SCALE;
                case DIRECTION -> MeasureField.DIRECTION;
                case ADMINISTRATIONS -> MeasureField.SERIES;
            };
        }
        return about instanceof FieldReason.PointsField ? MeasureField.SERIES : MeasureField.FIGURE;
    }

    private static List<FieldReason> limits(Input input) {
        List<FieldReason> faults = new ArrayList<>();
        Limits limits = input.limits();
        if (input.administrations() == null || input.administrations().isEmpty()) {
            faults.add(FieldReason.request(FaultCode.REQUIRED, RequestPart.ADMINISTRATIONS,
                    CourseTexts.ADMINISTRATIONS_REQUIRED).asForm());
        } else if (input.administrations().size() > limits.administrations()) {
            faults.add(FieldReason.request(FaultCode.TOO_MANY, RequestPart.ADMINISTRATIONS,
                    CourseTexts.tooManyAdministrations(limits.administrations())).asForm());
        }
        if (input.measures() != null && input.measures().size() > limits.measures()) {
            faults.add(FieldReason.request(FaultCode.TOO_MANY, RequestPart.MEASURES,
                    CourseTexts.tooManyMeasures(limits.measures())).asForm());
        }
        return faults;
    }

    /** Each scale against the expected-response curves; faulty curves are faults of the request's field. */
    private static Result expected(TrendReport report, ExpectedInput expected, Limits limits) {
        if (expected.curves() != null && expected.curves().size() > limits.curves()) {
            return Result.refused(List.of(FieldReason.request(FaultCode.TOO_MANY, RequestPart.CURVES,
                    CourseTexts.tooManyCurves(limits.curves())).asForm()), Map.of());
        }
        int atRisk = expected.atRiskPercentile() == null ? ExpectedResponseTracking.DEFAULT_AT_RISK
                : expected.atRiskPercentile();
        int notOnTrack = expected.notOnTrackPercentile() == null ? ExpectedResponseTracking.DEFAULT_NOT_ON_TRACK
                : expected.notOnTrackPercentile();
        CourseAnalysis.Result tracked = CourseAnalysis.track(report, expected.curves(), atRisk, notOnTrack);
        return tracked.ok() ? Result.analysed(tracked.report(), tracked.labels())
                : Result.refused(tracked.faults(), tracked.labels());
    }

    private void measure(MeasureInput m, int i, boolean ownMeasures, Setup setup) {
        if (m == null) {
            setup.add(FieldReason.measure(FaultCode.INVALID, i, MeasureField.ENTRY,
                    MeasureTexts.ENTRY_NOT_AN_OBJECT).asForm());
            return;
        }
        if (m.id() == null || m.id().isBlank()) {
            setup.add(FieldReason.measure(FaultCode.REQUIRED, i, MeasureField.ID, MeasureTexts.ID_REQUIRED).asForm());
            return;
        }
        String scale = m.scale() == null ? DEFAULT_SCALE : m.scale();
        InstrumentDefinition definition = catalog.find(m.id()).orElse(null);
        if (definition == null && !ownMeasures) {
            setup.add(FieldReason.measure(FaultCode.UNKNOWN, i, MeasureField.ID,
                    MeasureTexts.notACatalogInstrument(catalog.didYouMean(m.id()).orElse(null))));
            return;
        }
        ScoreDirection direction = null;
        if (m.direction() != null) {
            try {
                direction = ScoreDirection.fromWire(m.direction());
            } catch (IllegalArgumentException e) {
                setup.add(FieldReason.measure(FaultCode.INVALID, i, MeasureField.DIRECTION,
                        MeasureTexts.DIRECTION_INVALID).asForm());
            }
        }
        if (definition != null) {
            Scale catalogScale = definition.scale(scale).orElse(null);
            if (catalogScale == null) {
                setup.add(FieldReason.measure(FaultCode.UNKNOWN, i, MeasureField.SCALE,
                        MeasureTexts.notAScaleOf(definition)));
                return;
            }
            ScoreDirection published = ScoreDirection.of(catalogScale.direction());
            if (direction != null && direction != published) {
                setup.add(FieldReason.measure(FaultCode.CONFLICT, i, MeasureField.DIRECTION,
                        MeasureTexts.contradictsCatalog(published)));
            }
            direction = published;
        } else if (direction == null && m.direction() == null) {
            setup.add(FieldReason.measure(FaultCode.REQUIRED, i, MeasureField.DIRECTION,
                    MeasureTexts.DIRECTION_REQUIRED).asForm());
        }
        Comparison comparison = null;
        if (m.cutoffComparison() != null) {
            try {
                comparison = Comparison.fromWire(m.cutoffComparison());
            } catch (IllegalArgumentException notAComparison) {
                setup.add(FieldReason.measureFigure(FaultCode.INVALID, i, FigureName.CUTOFF_COMPARISON,
                        MeasureTexts.CUTOFF_COMPARISON_INVALID).asForm());
            }
        }
        CallerFigures.Builder figures = CallerFigures.builder();
        m.figures().forEach(figures::figure);
        figures.cutoffComparison(comparison).reliableChangeInclusive(m.reliableChangeInclusive());
        Setup.Resolved entry = new Setup.Resolved(i, m.id(), direction, figures.build(), definition == null);
        String key = m.id() + "/" + scale;
        if (setup.measures.putIfAbsent(key, entry) != null) {
            setup.add(FieldReason.measure(FaultCode.DUPLICATE, i, MeasureField.ENTRY,
                    MeasureTexts.repeatsMeasure(key)));
        }
    }

    private static TrendOptions options(OptionsInput o, Setup setup) {
        TrendOptions options = TrendOptions.defaults();
        if (o == null) {
            return options;
        }
        if (o.method() != null) {
            try {
                options = options.withMethod(ReliableChangeMethod.fromWire(o.method()));
            } catch (IllegalArgumentException notAMethod) {
                setup.add(FieldReason.option(FaultCode.INVALID, TrendOption.METHOD,
                        CourseTexts.METHOD_INVALID).asForm());
            }
        }
        if (o.criticalValue() != null) {
            options = options.withCriticalValue(o.criticalValue());
        }
        if (o.cutoffType() != null) {
            try {
                options = options.withCutoffType(CutoffType.fromWire(o.cutoffType()));
            } catch (IllegalArgumentException notACutoffType) {
                setup.add(FieldReason.option(FaultCode.INVALID, TrendOption.CUTOFF_TYPE,
                        CourseTexts.CUTOFF_TYPE_INVALID).asForm());
            }
        }
        return options.withSuddenGains(o.suddenGainAbsoluteCutoff(),
                o.suddenGainRelativeShare() == null ? TrendOptions.DEFAULT_RELATIVE_SHARE : o.suddenGainRelativeShare(),
                o.suddenGainStabilityTest() == null || o.suddenGainStabilityTest(),
                Boolean.TRUE.equals(o.suddenGainsFromFirstMeasurement()));
    }

    private void administration(AdministrationInput a, int index, Setup setup, CourseAnalysis.Course course,
            IntFunction<String> name) {
        if (a == null) {
            setup.add(administration(FaultCode.INVALID, index, AdministrationField.ADMINISTRATION,
                    AdministrationTexts.NOT_AN_OBJECT).asForm());
            return;
        }
        int before = setup.form.size() + setup.content.size();
        if (a.instrument() == null || a.instrument().isBlank()) {
            setup.add(administration(FaultCode.REQUIRED, index, AdministrationField.INSTRUMENT,
                    AdministrationTexts.INSTRUMENT_REQUIRED).asForm());
        }
        List<FieldReason> placing = new ArrayList<>();
        AdministrationChecks.Placement place = AdministrationChecks.place(index, a.date(), a.session(), a.phase(),
                placing);
        placing.forEach(setup::add);
        boolean hasResponses = a.responses() != null;
        boolean hasScores = a.scores() != null;
        if (hasResponses == hasScores) {
            setup.add(administration(FaultCode.INVALID, index, AdministrationField.ADMINISTRATION,
                    AdministrationTexts.RESPONSES_OR_SCORES).asForm());
        }
        if (setup.form.size() + setup.content.size() > before || a.instrument() == null) {
            return;
        }
        InstrumentDefinition definition = catalog.find(a.instrument()).orElse(null);
        if (definition == null && !setup.ownMeasure(a.instrument())) {
            setup.add(administration(FaultCode.UNKNOWN, index, AdministrationField.INSTRUMENT,
                    AdministrationTexts.unknownInstrument(catalog.didYouMean(a.instrument()).orElse(null))));
            return;
        }
        if (hasResponses) {
            if (definition == null) {
                setup.add(administration(FaultCode.INVALID, index, AdministrationField.RESPONSES,
                        AdministrationTexts.MEASURE_TAKES_SCORES));
                return;
            }
            scoreResponses(definition, a, index, place, setup, course, name);
            return;
        }
        List<FieldReason> faults = new ArrayList<>();
        List<AdministrationChecks.SentScore> scores;
        if (definition != null) {
            if (a.coding() != null) {
                setup.add(administration(FaultCode.INVALID, index, AdministrationField.CODING,
                        AdministrationTexts.CODING_WITH_SCORES));
            }
            scores = AdministrationChecks.catalogScores(index, definition, a.scores(), faults);
        } else {
            scores = AdministrationChecks.measureScores(index, a.instrument(),
                    scale -> setup.measures.containsKey(a.instrument() + "/" + scale), a.scores(), faults);
        }
        faults.forEach(setup::add);
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

    private static FieldReason administration(FaultCode code, int index, AdministrationField field, String reason) {
        return FieldReason.administration(code, CourseLocation.of(index, field), reason);
    }

    /** Risk items left unanswered at a scored administration: said in the report and in its notes. */
    private void unassessedRisks(AdministrationInput a, int index, CourseAnalysis.Course course,
            IntFunction<String> name) {
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
            course.note(CourseTexts.unassessedRisk(name.apply(index), a.date(), risk.statement()));
        }
    }

    private void scoreResponses(InstrumentDefinition definition, AdministrationInput a, int index,
            AdministrationChecks.Placement place, Setup setup, CourseAnalysis.Course course,
            IntFunction<String> name) {
        if (!a.responses().unread().isEmpty()) {
            for (UnreadResponse u : a.responses().unread()) {
                setup.add(FieldReason.administration(null, CourseLocation.response(index, u.item()), u.reason())
                        .asForm());
            }
            return;
        }
        String at = name.apply(index);
        try {
            for (ScaleResult scale : Scorer.scaleScores(plans.of(definition), a.responses().values(), a.coding())) {
                if (scale.scored()) {
                    course.add(definition, definition.id(), scale.id(), new Point(place.date(), place.session(),
                            place.phase(), scale.score().doubleValue(), bandId(scale.band()), bandLabel(scale.band()),
                            index));
                } else {
                    course.note(CourseTexts.scaleNotScored(at, definition.abbreviation(), scale.name(),
                            scale.notScoredReason()));
                }
            }
        } catch (InvalidResponsesException e) {
            for (ScoringFault f : e.faults()) {
                CourseLocation where = switch (f.at().field()) {
                    case RESPONSES -> CourseLocation.response(index, f.at().item());
                    case CODING -> CourseLocation.of(index, AdministrationField.CODING);
                    case NORMS -> throw new IllegalStateException("a series is scored without reference samples");
                };
                setup.add(FieldReason.administration(f.code(), where, f.reason()));
            }
        } catch (NotScorableException e) {
            course.note(CourseTexts.noScaleScored(at, definition.abbreviation(), e.reasons()));
        }
    }

    private static String bandId(ScaleResult.BandResult band) {
        return band == null ? null : band.id();
    }

    private static String bandLabel(ScaleResult.BandResult band) {
        return band == null ? null : band.label();
    }
}
