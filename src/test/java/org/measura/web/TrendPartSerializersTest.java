package org.measura.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.measura.api.ProblemException;
import org.measura.api.TrendRequest;
import org.measura.api.TrendService;
import org.measura.catalog.InstrumentCatalog;
import org.measura.trends.Category;
import org.measura.trends.ChangeComparison;
import org.measura.trends.ChangeStatus;
import org.measura.trends.ClinicalSignificance;
import org.measura.trends.ComparisonKind;
import org.measura.trends.FigureUsed;
import org.measura.trends.Phase;
import org.measura.trends.PointRef;
import org.measura.trends.ReliableChangeMethod;
import org.measura.trends.ReliableChangeResult;
import org.measura.trends.ScaleTrend;
import org.measura.trends.SeriesPoint;
import org.measura.trends.ShiftKind;
import org.measura.trends.SuddenChanges;
import org.measura.trends.SuddenShift;
import org.measura.trends.TrendDigest;
import org.measura.trends.TrendReport;

/**
 * The trend answer's hand-written parts ({@link TrendPartSerializers}) write exactly what Jackson's bean serialisation
 * of the records writes: over every recorded trend request (in full and as the summary detail) and over records with
 * every nullable field absent or present.
 */
@QuarkusTest
class TrendPartSerializersTest {

    private static final Path REQUESTS = Path.of("src/test/resources/answers/requests");
    private static final Path ANSWERS = Path.of("src/test/resources/answers/expected");

    private static final List<LocalDate> DATES = Arrays.asList(null, LocalDate.of(2025, 1, 6),
            LocalDate.of(1, 12, 31), LocalDate.of(999, 10, 9), LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1),
            LocalDate.of(-1, 2, 3), LocalDate.MIN, LocalDate.MAX);
    private static final List<String> STRINGS = Arrays.asList(null, "", "severe", "moderately severe",
            "\"quoted\" \\ \t\n \u0001", "\u2212 \u00e9 \ud83d\ude00");
    private static final List<Double> NUMBERS = Arrays.asList(null, 0.0, -0.0, 12.0, 12.5, 0.1 + 0.2, -3.25, 1e20,
            1e-7, 1e15, 1e16, Double.NaN, Double.POSITIVE_INFINITY);

    @Inject
    ObjectMapper service;

    @Inject
    TrendService trends;

    /** The service's mapper as Quarkus makes it, without the hand-written answer writers. */
    private final ObjectMapper beans = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    TrendPartSerializersTest() {
        new JacksonConfig(32, 50, 20_000, InstrumentCatalog.loadBuiltIn()).customizeAllButAnswerWriters(beans);
    }

    private void writesAlike(Object value) throws IOException {
        // bytes as the service sends them (UTF-8 generator), and text (the generator over a Writer)
        assertThat(new String(service.writeValueAsBytes(value), StandardCharsets.UTF_8))
                .isEqualTo(new String(beans.writeValueAsBytes(value), StandardCharsets.UTF_8));
        assertThat(service.writeValueAsString(value)).isEqualTo(beans.writeValueAsString(value));
    }

    @Test
    void everyRecordedTrendRequestInFullAndAsItsSummary() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(REQUESTS)) {
            files = listed.filter(p -> p.getFileName().toString().startsWith("trend-")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        int reports = 0;
        for (Path file : files) {
            TrendRequest request = service.readValue(file.toFile(), TrendRequest.class);
            TrendReport report;
            try {
                report = trends.analyse(request);
            } catch (ProblemException refused) {
                continue;
            }
            writesAlike(report);
            writesAlike(TrendDigest.of(report));
            String name = file.getFileName().toString().replace(".json", "");
            Path recorded = ANSWERS.resolve(name + ".answer");
            // the bean-serialised answer is the one recorded: the comparison is against what callers read
            String answer = Files.readString(recorded, StandardCharsets.UTF_8);
            assertThat(beans.writeValueAsString(report)).isEqualTo(answer.substring(answer.indexOf('\n') + 1));
            reports++;
        }
        assertThat(reports).isGreaterThan(15);
    }

    @Test
    void theirOwnWritersWriteThem() throws IOException {
        for (Class<?> type : List.of(SeriesPoint.class, PointRef.class, SuddenShift.class,
                ReliableChangeResult.class, ChangeComparison.class, ClinicalSignificance.class)) {
            assertThat(service.getSerializerProviderInstance().findValueSerializer(type).getClass()
                    .getEnclosingClass()).isEqualTo(TrendPartSerializers.class);
        }
    }

    @Test
    void everyNullableFieldLeftOutOrWrittenAsTheRecordsSay() throws IOException {
        List<LocalDate> dates = DATES;
        List<String> strings = STRINGS;
        List<Double> numbers = NUMBERS;
        List<Object> values = new ArrayList<>();
        int i = 0;
        for (LocalDate date : dates) {
            for (String s : strings) {
                Phase phase = i % 5 == 4 ? null : Phase.values()[i % 4];
                Integer session = i % 3 == 0 ? null : i - 10;
                double score = numbers.get(1 + i % (numbers.size() - 1));
                values.add(new SeriesPoint(date, session, phase, score, s, strings.get(i % strings.size())));
                values.add(new PointRef(date, session, phase, score));
                i++;
            }
        }
        for (Double number : numbers) {
            for (Boolean met : Arrays.asList(null, true, false)) {
                Integer count = met == null ? null : i % 4;
                values.add(new SuddenShift(i % 3 == 0 ? null : ShiftKind.values()[i % 2],
                        new SuddenShift.Interval(i, i + 1, dates.get(i % dates.size()),
                                dates.get((i + 3) % dates.size()), number == null ? 0 : number, -i),
                        new SuddenShift.Criteria(number == null ? 1 : number, met != null, met == null),
                        new SuddenShift.Stability(met, count, count, number, number, number, number),
                        i % 2 == 0, new SuddenShift.Reversal(met, count, number), strings.get(i % strings.size())));
                i++;
            }
        }
        for (Double number : numbers) {
            for (Boolean met : Arrays.asList(null, true, false)) {
                ReliableChangeMethod method = i % 9 == 8 ? null
                        : ReliableChangeMethod.values()[i % ReliableChangeMethod.values().length];
                ChangeStatus status = i % 7 == 6 ? null : ChangeStatus.values()[i % ChangeStatus.values().length];
                String s = strings.get(i % strings.size());
                List<FigureUsed> figures = met == null ? null
                        : List.of(new FigureUsed("reliability", number == null ? 0.5 : number, s, null));
                List<String> missing = met == null ? List.of() : met ? null : Arrays.asList("referenceSd", s);
                values.add(new ReliableChangeResult(method, status,
                        new ReliableChangeResult.IndexTest(number, number, s),
                        new ReliableChangeResult.PointRule(number, met),
                        new ReliableChangeResult.ErrorTerms(number, number, number), figures, missing,
                        strings.get((i + 1) % strings.size()), strings.get((i + 2) % strings.size())));
                i++;
            }
        }
        values.add(new ReliableChangeResult(null, null, null, null, null, null, null, null, null));
        values.add(new SuddenShift(null, null, null, null, false, null, null));
        values.add(new SuddenShift(ShiftKind.GAIN, new SuddenShift.Interval(1, 2, null, null, 3, 4),
                new SuddenShift.Criteria(1, true, false), SuddenShift.Stability.off(), true,
                SuddenShift.Reversal.notExamined(), null));
        for (Object value : values) {
            writesAlike(value);
        }
        writesAlike(values);
        List<SuddenShift> shifts = values.stream().filter(SuddenShift.class::isInstance).map(SuddenShift.class::cast)
                .toList();
        List<SeriesPoint> points = values.stream().filter(SeriesPoint.class::isInstance)
                .map(SeriesPoint.class::cast).toList();
        SuddenChanges sudden = new SuddenChanges(true, "numbering", 6.0, "source", 0.25, true, false, 3, shifts,
                List.of(), shifts, "summary");
        writesAlike(new TrendReport(List.of(new ScaleTrend("phq9", "total", "PHQ-9 total", null, points.size(),
                points, null, null, null, List.of(), null, sudden, null, List.of(), List.of()),
                new ScaleTrend(null, null, null, null, 0, List.of(), null, null, null, null, null, null, null, null,
                        null)), null, null, null, List.of(), null));
    }

    @Test
    void everyNullableFieldOfAComparisonAndItsSignificanceLeftOutOrWrittenAsTheRecordsSay() throws IOException {
        List<Boolean> flags = Arrays.asList(null, true, false);
        List<Category> categories = new ArrayList<>(Arrays.asList(Category.values()));
        categories.add(null);
        List<ClinicalSignificance> significances = new ArrayList<>();
        int i = 0;
        for (Category category : categories) {
            for (Boolean atStart : flags) {
                for (Boolean atEnd : flags) {
                    significances.add(new ClinicalSignificance(category, atStart, atEnd,
                            NUMBERS.get(i % NUMBERS.size()), NUMBERS.get((i + 5) % NUMBERS.size()),
                            STRINGS.get(i % STRINGS.size())));
                    i++;
                }
            }
        }
        for (Double number : NUMBERS) {
            significances.add(new ClinicalSignificance(null, null, null, number, number, null));
        }
        significances.add(new ClinicalSignificance(null, null, null, null, null, null));
        List<ComparisonKind> kinds = new ArrayList<>(Arrays.asList(ComparisonKind.values()));
        kinds.add(null);
        List<PointRef> points = Arrays.asList(null, new PointRef(LocalDate.of(2025, 1, 6), 1, Phase.BASELINE, 19),
                new PointRef(null, null, null, 0.5), new PointRef(LocalDate.MAX, -3, Phase.FOLLOW_UP, -0.0));
        List<ReliableChangeResult> verdicts = Arrays.asList(null,
                new ReliableChangeResult(ReliableChangeMethod.values()[0], ChangeStatus.values()[0],
                        new ReliableChangeResult.IndexTest(2.5, 1.96, "Jacobson & Truax 1991"),
                        new ReliableChangeResult.PointRule(5.2, false),
                        new ReliableChangeResult.ErrorTerms(1.5, 2.1, null),
                        List.of(new FigureUsed("reliability", 0.84, "source", "basis")), null, "choice", "why"),
                new ReliableChangeResult(null, null, null, null, null, null, List.of("referenceSd"), null, null));
        List<Object> values = new ArrayList<>(significances);
        for (ComparisonKind kind : kinds) {
            for (PointRef from : points) {
                for (ReliableChangeResult verdict : verdicts) {
                    values.add(new ChangeComparison(kind, from, points.get(i % points.size()),
                            NUMBERS.get(1 + i % (NUMBERS.size() - 1)), NUMBERS.get(i % NUMBERS.size()), verdict,
                            verdicts.get(i % verdicts.size()), significances.get(i % significances.size()),
                            STRINGS.get(i % STRINGS.size())));
                    i++;
                }
            }
        }
        for (Double number : NUMBERS) {
            for (ClinicalSignificance significance : Arrays.asList(null, significances.get(i % significances.size()))) {
                values.add(new ChangeComparison(null, null, null, number == null ? 0 : number, number, null, null,
                        significance, null));
                i++;
            }
        }
        values.add(new ChangeComparison(null, null, null, 0, null, null, null, null, null));
        for (Object value : values) {
            writesAlike(value);
        }
        writesAlike(values);
        List<ChangeComparison> comparisons = values.stream().filter(ChangeComparison.class::isInstance)
                .map(ChangeComparison.class::cast).toList();
        writesAlike(new TrendReport(List.of(new ScaleTrend("phq9", "total", "PHQ-9 total", null, 0, List.of(), null,
                null, null, comparisons, null, null, null, List.of(), List.of())), null, null, null, List.of(), null));
    }

    @Test
    void aComparisonWithItsOptionalFieldsAbsentWritesOnlyTheOthers() throws IOException {
        ChangeComparison comparison = new ChangeComparison(ComparisonKind.BASELINE_TO_LATEST,
                new PointRef(LocalDate.of(2025, 1, 6), null, Phase.BASELINE, 19), new PointRef(null, 4, null, 7.5),
                -11.5, null, null, null, new ClinicalSignificance(Category.IMPROVED, true, null, 10.0, null, null),
                null);
        String expected = "{\"kind\":\"baseline-to-latest\","
                + "\"from\":{\"date\":\"2025-01-06\",\"phase\":\"baseline\",\"score\":19},"
                + "\"to\":{\"session\":4,\"score\":7.5},\"rawChange\":-11.5,"
                + "\"clinicalSignificance\":{\"category\":\"improved\",\"clinicalAtStart\":true,\"cutoff\":10}}";
        assertThat(beans.writeValueAsString(comparison)).isEqualTo(expected);
        assertThat(service.writeValueAsString(comparison)).isEqualTo(expected);
    }
}
