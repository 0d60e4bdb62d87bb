package org.measura.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.measura.fault.FaultCode;
import org.measura.scoring.ScoringPlans;
import org.measura.trends.FieldReason;
import org.measura.trends.RefusalKind;
import org.measura.trends.ScoreDirection;
import org.measura.trends.TrendAnalysis;

/** The clients of a cohort through the trend use case: typed faults, each client counted, none dropped. */
class CohortClientsTest {

    private static final TrendAnalysis ANALYSIS = new TrendAnalysis(Cohorts.CATALOG, new ScoringPlans(Cohorts.CATALOG));
    private static final TrendAnalysis.Limits LIMITS = new TrendAnalysis.Limits(500, 50, 50);

    private static CohortClients.ClientInput client(String group, String instrument, int total) {
        var administration = new TrendAnalysis.AdministrationInput(instrument, "2026-01-05", null, null, null,
                Map.of("total", (double) total), null);
        return new CohortClients.ClientInput(group, new TrendAnalysis.Input(List.of(administration), null, null,
                null, LIMITS, i -> "administration " + i));
    }

    @Test
    void eachClientIsAnalysedOrCountedWithItsTypedFault() throws Exception {
        List<CohortClients.ClientInput> clients = new ArrayList<>();
        clients.add(client("a", "phq9", 12));
        clients.add(null);
        clients.add(client("a", "phq9", 30));
        List<ClientCourse> courses = CohortClients.courses(clients, ANALYSIS);

        assertThat(courses).hasSize(3);
        assertThat(courses.get(0).report()).isNotNull();
        assertThat(courses.get(1).fault()).isInstanceOf(ClientFault.NotAnObject.class);
        assertThat(courses.get(1).fault().kind()).isEqualTo(ClientFaultKind.INVALID_REQUEST);
        assertThat(courses.get(2).group()).isEqualTo("a");
        ClientFault.Refused refused = (ClientFault.Refused) courses.get(2).fault();
        // PHQ-9's total runs from 0 to 27: 30 is of the right form but out of the scale's range.
        assertThat(refused.refusal()).isEqualTo(RefusalKind.CONTENT);
        assertThat(refused.kind()).isEqualTo(ClientFaultKind.INVALID_TREND_REQUEST);
        assertThat(refused.faults()).extracting(FieldReason::code).containsExactly(FaultCode.INVALID);
    }

    @Test
    void noneOrMoreThanTheLimitIsAFaultOfFormAtTheClients() {
        assertThatThrownBy(() -> CohortClients.courses(List.of(), ANALYSIS))
                .isInstanceOfSatisfying(CohortInputException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RefusalKind.FORM);
                    assertThat(e.faults()).singleElement().satisfies(f -> {
                        assertThat(f.code()).isEqualTo(FaultCode.REQUIRED);
                        assertThat(f.where()).isInstanceOf(CohortFault.Clients.class);
                    });
                });
        List<CohortClients.ClientInput> many = Collections.nCopies(CohortOutcomes.MAX_CLIENTS + 1,
                client(null, "phq9", 3));
        assertThatThrownBy(() -> CohortClients.courses(many, ANALYSIS))
                .isInstanceOfSatisfying(CohortInputException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RefusalKind.FORM);
                    assertThat(e.faults()).extracting(CohortFault::code).containsExactly(FaultCode.TOO_MANY);
                });
    }

    @Test
    void aDirectionContradictingEarlierClientsIsTypedWithBothDirections() throws Exception {
        ClientCourse first = courseOfLocal("lower-is-better");
        ClientCourse second = courseOfLocal("higher-is-better");
        CohortOutcomes.Accumulator accumulator = new CohortOutcomes.Accumulator((n, fault) -> List.of(
                fault instanceof ClientFault.ContradictingDirection c ? ClientFaultTexts.contradictingDirection(c)
                        : "unexpected"));
        accumulator.add(0, first);
        accumulator.add(1, second);
        CohortTally tally = new CohortTally();
        tally.add(first);
        tally.add(second);

        assertThat(tally.last.fault()).isEqualTo(new ClientFault.ContradictingDirection("local", "total",
                ScoreDirection.HIGHER_IS_BETTER, ScoreDirection.LOWER_IS_BETTER));
        assertThat(tally.last.fault().kind().wire()).isEqualTo("contradicting-direction");
        CohortReport report = accumulator.report(CheckedBenchmarks.NONE);
        assertThat(report.overall().faults()).isEqualTo(Map.of("contradicting-direction", 1L));
        assertThat(report.unanalysedClients()).singleElement().satisfies(u -> {
            assertThat(u.client()).isEqualTo(1);
            assertThat(u.reasons()).containsExactly(
                    "local/total is higher-is-better for this client but lower-is-better for earlier clients");
        });
    }

    private static ClientCourse courseOfLocal(String direction) {
        var measure = new TrendAnalysis.MeasureInput("local", null, direction, Map.of(), null, null);
        var administration = new TrendAnalysis.AdministrationInput("local", "2026-01-05", null, null, null,
                Map.of("total", 8.0), null);
        var input = new TrendAnalysis.Input(List.of(administration), List.of(measure), null, null, LIMITS,
                i -> "administration " + i);
        return CohortClients.course(new CohortClients.ClientInput(null, input), ANALYSIS);
    }
}
