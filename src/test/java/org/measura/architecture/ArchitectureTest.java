package org.measura.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.measura.api.FieldError;
import org.measura.catalog.Comparison;
import org.measura.catalog.JsonPointers;
import org.measura.catalog.Range;
import org.measura.cohorts.ClientFault;
import org.measura.cohorts.CohortFault;
import org.measura.cohorts.Outcome;
import org.measura.scoring.ScoringFault;
import org.measura.scoring.ScoringLocation;
import org.measura.trends.CallerFigures;
import org.measura.trends.CourseAnalysis;
import org.measura.trends.CourseLocation;
import org.measura.trends.CutoffType;
import org.measura.trends.FieldReason;
import org.measura.trends.FigureName;
import org.measura.trends.Phase;
import org.measura.trends.ReliableChangeMethod;
import org.measura.trends.ScoreDirection;

/**
 * The shape of the code: a plain-Java core (catalog, scoring, trends, cohorts, charts, faults) that knows nothing of
 * HTTP, FHIR or the framework, whose analyses read no JSON and whose trend engine is reached through one use case
 * (trends.TrendAnalysis); adapters (web for REST, fhir, bulk) that only translate, none depending on another; the
 * plain-JSON request and problem model (api) that REST and bulk share, depending on the core alone; the OpenAPI
 * document's filter (openapi), which describes every adapter and on which none depends; no cycles. Trend faults and
 * their locations are made in the trends core only, scoring faults and theirs in the scoring core only; no analysis
 * writes a JSON Pointer, and no core class knows the plain-JSON fault record (api.FieldError). The checks of an
 * administration as sent (its phase, date and a score's range) and the reading of measure entries and options run in
 * the trends core for every adapter. The start-up lifecycle (work deferred until the HTTP server listens) serves the
 * adapters and depends on none of them. A psychometric figure's request name is spelled once, in trends.FigureName.
 */
class ArchitectureTest {

    private static final String[] CORE = {"org.measura.catalog..", "org.measura.scoring..", "org.measura.trends..",
            "org.measura.cohorts..", "org.measura.charts..", "org.measura.fault.."};

    /** The adapters, and the plain-JSON model REST and bulk share. */
    private static final String[] ADAPTERS = {"org.measura.web..", "org.measura.fhir..", "org.measura.bulk..",
            "org.measura.api.."};

    /** The analyses: they take neutral inputs and read no JSON (Jackson's annotations name wire values only). */
    private static final String[] ANALYSES = {"org.measura.scoring..", "org.measura.trends..",
            "org.measura.cohorts..", "org.measura.charts.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.measura");
    }

    @Test
    void theCoreDependsOnNoFrameworkProtocolOrAdapter() {
        noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat().resideInAnyPackage(
                "io.quarkus..", "io.vertx..", "jakarta.ws.rs..", "jakarta.enterprise..", "jakarta.inject..",
                "org.jboss..", "org.eclipse.microprofile..", "ca.uhn.fhir..", "org.hl7.fhir..",
                "org.measura.web..", "org.measura.fhir..", "org.measura.bulk..", "org.measura.api..",
                "org.measura.bench..", "org.measura.openapi..")
                .check(classes);
    }

    @Test
    void theAnalysesReadNoJson() {
        noClasses().that().resideInAnyPackage(ANALYSES).should().dependOnClassesThat().resideInAnyPackage(
                "com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core..")
                .check(classes);
    }

    @Test
    void theTrendEngineIsReachedOnlyThroughTheTrendUseCase() {
        // REST, bulk and FHIR hand TrendAnalysis a course as sent; it checks and scores the administrations, builds
        // the series' points and runs CourseAnalysis, which runs the engine. No adapter builds a course itself.
        noClasses().that().resideOutsideOfPackage("org.measura.trends..").should().dependOnClassesThat()
                .haveFullyQualifiedName("org.measura.trends.TrendEngine")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.measura.trends.Point")
                .orShould().dependOnClassesThat().haveNameMatching("org\\.measura\\.trends\\.CourseAnalysis(\\$.*)?")
                .check(classes);
    }

    @Test
    void theSharedPlainJsonModelDependsOnNoAdapter() {
        noClasses().that().resideInAPackage("org.measura.api..").should().dependOnClassesThat().resideInAnyPackage(
                "org.measura.web..", "org.measura.fhir..", "org.measura.bulk..", "org.measura.bench..",
                "org.measura.openapi..", "ca.uhn.fhir..", "org.hl7.fhir..")
                .check(classes);
    }

    @Test
    void restDependsOnNoOtherAdapter() {
        noClasses().that().resideInAPackage("org.measura.web..").should().dependOnClassesThat()
                .resideInAnyPackage("org.measura.fhir..", "org.measura.bulk..", "org.measura.bench..",
                        "org.measura.openapi..")
                .check(classes);
    }

    @Test
    void fhirDependsOnNoOtherAdapter() {
        noClasses().that().resideInAPackage("org.measura.fhir..").should().dependOnClassesThat()
                .resideInAnyPackage("org.measura.web..", "org.measura.bulk..", "org.measura.bench..",
                        "org.measura.openapi..")
                .check(classes);
    }

    @Test
    void theStartUpLifecycleDependsOnNoAdapterOrCore() {
        // org.measura.lifecycle (work deferred until the HTTP server listens) serves every adapter and knows none.
        noClasses().that().resideInAPackage("org.measura.lifecycle..").should().dependOnClassesThat()
                .resideInAnyPackage(ADAPTERS).orShould().dependOnClassesThat().resideInAnyPackage(CORE)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.measura.bench..", "org.measura.openapi..")
                .check(classes);
    }

    @Test
    void bulkDependsOnNoOtherAdapter() {
        noClasses().that().resideInAPackage("org.measura.bulk..").should().dependOnClassesThat()
                .resideInAnyPackage("org.measura.web..", "org.measura.fhir..", "org.measura.bench..",
                        "org.measura.openapi..")
                .check(classes);
    }

    @Test
    void trendFaultsAreMadeOnlyInTheTrendsCore() {
        // Adapters receive typed, located faults and translate them; they never make one (nor a location, nor the
        // part of the input a fault is about) of their own.
        noClasses().that().resideOutsideOfPackage("org.measura.trends..").should()
                .callCodeUnitWhere(makes(FieldReason.class)).orShould().callCodeUnitWhere(makes(CourseLocation.class))
                .orShould().callCodeUnitWhere(DescribedPredicate.describe("a constructor of a FieldReason.Where",
                        call -> call.getTarget().getName().equals("<init>")
                                && call.getTargetOwner().isAssignableTo(FieldReason.Where.class)))
                .check(classes);
    }

    @Test
    void scoringFaultsAreMadeOnlyInTheScoringCore() {
        noClasses().that().resideOutsideOfPackage("org.measura.scoring..").should()
                .callCodeUnitWhere(makes(ScoringFault.class)).orShould().callCodeUnitWhere(makes(ScoringLocation.class))
                .check(classes);
    }

    @Test
    void theCoreLocatesFaultsWithoutJsonPointersOrTheWireFaultRecord() {
        // A core fault carries a typed location; api (for REST and bulk) writes it as a JSON Pointer into a
        // FieldError, FHIR as a FHIRPath expression. The catalog alone keeps pointers: its definition faults point
        // into the definition document it reads.
        noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
                .belongToAnyOf(FieldError.class)
                .check(classes);
        noClasses().that().resideInAnyPackage(ANALYSES).should().dependOnClassesThat()
                .belongToAnyOf(JsonPointers.class)
                .check(classes);
    }

    @Test
    void adaptersLeaveTheChecksOfAnAdministrationToTheCore() {
        // A phase, a date or a score's range is read by trends.AdministrationChecks, the same for every adapter.
        noClasses().that().resideInAnyPackage(ADAPTERS).should()
                .callMethod(Phase.class, "fromWire", String.class)
                .orShould().callMethod(Range.class, "contains", double.class)
                .orShould().callMethod(java.time.LocalDate.class, "parse", CharSequence.class)
                .orShould().callMethod(java.time.OffsetDateTime.class, "parse", CharSequence.class)
                .orShould().callMethod(java.time.LocalDateTime.class, "parse", CharSequence.class)
                .check(classes);
    }

    @Test
    void adaptersLeaveMeasuresAndOptionsToTheTrendUseCase() {
        // A measure entry (its direction, cut-off comparison and figures) and the options (method, cut-off type) are
        // read by trends.TrendAnalysis for every adapter; an adapter maps what was sent and never reads it itself.
        noClasses().that().resideInAnyPackage(ADAPTERS).should()
                .callMethod(ScoreDirection.class, "fromWire", String.class)
                .orShould().callMethod(ReliableChangeMethod.class, "fromWire", String.class)
                .orShould().callMethod(CutoffType.class, "fromWire", String.class)
                .orShould().callMethod(Comparison.class, "fromWire", String.class)
                .orShould().callCodeUnitWhere(makes(CallerFigures.class))
                .orShould().callCodeUnitWhere(makes(CallerFigures.Builder.class))
                .orShould().callConstructor(CourseAnalysis.Measure.class, ScoreDirection.class, CallerFigures.class)
                .check(classes);
    }

    @Test
    void cohortFaultsAreMadeOnlyInTheCohortsCore() {
        // A cohort fault carries a typed location (CohortFault.Where); api.CohortPointers writes it as a JSON Pointer.
        noClasses().that().resideOutsideOfPackage("org.measura.cohorts..").should()
                .callCodeUnitWhere(makes(CohortFault.class))
                .orShould().callCodeUnitWhere(DescribedPredicate.describe("a constructor of a CohortFault.Where",
                        call -> call.getTarget().getName().equals("<init>")
                                && call.getTargetOwner().isAssignableTo(CohortFault.Where.class)))
                .check(classes);
    }

    @Test
    void onlyTheAdaptersOwnReadingFaultsOfAClientAreMadeOutsideTheCohortsCore() {
        // Whether a client's course is refused, is no object or contradicts earlier clients is decided by the cohorts
        // core (CohortClients, CohortTally); an adapter makes only the faults of what it could not read
        // (ClientFault.Unread) and words every fault in its own terms.
        noClasses().that().resideOutsideOfPackage("org.measura.cohorts..").should()
                .callCodeUnitWhere(DescribedPredicate.describe("a constructor of a ClientFault other than Unread",
                        call -> call.getTarget().getName().equals("<init>")
                                && call.getTargetOwner().isAssignableTo(ClientFault.class)
                                && !call.getTargetOwner().isEquivalentTo(ClientFault.Unread.class)))
                .check(classes);
    }

    @Test
    void adaptersLeaveTheReadingOfBenchmarksToTheCohortUseCase() {
        // A benchmark's outcome is read by cohorts.CohortOutcomes.benchmarks, which words the fault; an adapter maps
        // what was sent.
        noClasses().that().resideInAnyPackage(ADAPTERS).should()
                .callMethod(Outcome.class, "fromWire", String.class)
                .check(classes);
    }

    /** A call of a constructor of {@code type}, or of a method of it that returns one (a named factory). */
    private static DescribedPredicate<JavaCall<?>> makes(Class<?> type) {
        return DescribedPredicate.describe("a constructor or factory of " + type.getSimpleName(),
                call -> call.getTargetOwner().isEquivalentTo(type) && (call.getTarget().getName().equals("<init>")
                        || call.getTarget().getRawReturnType().isEquivalentTo(type)));
    }

    @Test
    void figureNamesAreSpelledOnlyByFigureName() throws IOException {
        // Code names a figure by its FigureName and writes its wire() where the name goes out; no main source but
        // FigureName has a figure's request name as a string literal. The charts' "cutoff" names a chart element, and
        // the trend answer's writers' "cutoff" the field of ClinicalSignificance that bean serialisation names so.
        Pattern literal = Pattern.compile("(?<!\\\\)\"(" + Arrays.stream(FigureName.values()).map(FigureName::wire)
                .collect(joining("|")) + ")\"");
        Path root = Path.of("src", "main", "java");
        Path figureName = Path.of("org", "measura", "trends", "FigureName.java");
        Path charts = Path.of("org", "measura", "charts");
        Path trendParts = Path.of("org", "measura", "web", "TrendPartSerializers.java");
        List<String> spelled = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path at = root.relativize(file);
                if (at.equals(figureName)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = literal.matcher(lines.get(i));
                    while (m.find()) {
                        boolean cutoffField = at.startsWith(charts) || at.equals(trendParts);
                        if (!(cutoffField && m.group(1).equals(FigureName.CUTOFF.wire()))) {
                            spelled.add(at + ":" + (i + 1) + " " + m.group());
                        }
                    }
                }
            }
        }
        assertThat(spelled).as("figure names spelled outside FigureName").isEmpty();
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("org.measura.(*)..").should().beFreeOfCycles().check(classes);
    }
}
