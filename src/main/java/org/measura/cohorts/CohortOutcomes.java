package org.measura.cohorts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.measura.cohorts.CohortFault.BenchmarkField;
import org.measura.cohorts.CohortReport.GroupOutcome;
import org.measura.cohorts.CohortReport.UnanalysedClient;
import org.measura.fault.FaultCode;

/**
 * Use case: service outcomes of a cohort, from clients' analysed courses (one pass, or a stream) or from partials
 * (merge). Plain Java: the adapters analyse each client's course with the trend analysis and pass the reports in.
 */
public final class CohortOutcomes {

    /** Clients in one request of POST /cohorts/outcomes; the bulk stream takes any number. */
    public static final int MAX_CLIENTS = 1000;
    /** Unanalysed clients listed one by one in an answer; beyond this they are counted by kind only (said). */
    public static final int MAX_LISTED_FAULTS = 1000;

    private CohortOutcomes() {
    }

    /**
     * Accumulates clients one at a time, holding only exact tallies and the first listed faults, worded as they are
     * listed by {@code wording}.
     */
    public static final class Accumulator {
        private final CohortTally tally = new CohortTally();
        private final List<UnanalysedClient> unanalysed = new ArrayList<>();
        private final ClientFaultWording wording;
        private long unlisted;

        public Accumulator(ClientFaultWording wording) {
            this.wording = wording;
        }

        /** Adds one client; {@code number} names it in the answer (its index, or its line in a stream). */
        public void add(int number, ClientCourse client) {
            tally.add(client);
            ClientCourse counted = tally.last;
            if (counted.fault() != null) {
                if (unanalysed.size() < MAX_LISTED_FAULTS) {
                    unanalysed.add(new UnanalysedClient(number, counted.group(), counted.fault().kind().wire(),
                            wording.reasons(number, counted.fault())));
                } else {
                    unlisted++;
                }
            }
        }

        public CohortReport report(CheckedBenchmarks benchmarks) {
            List<String> methods = new ArrayList<>(CohortFigures.METHODS);
            if (unlisted > 0) {
                methods.add(CohortTexts.unlisted(unlisted, MAX_LISTED_FAULTS));
            }
            return CohortOutcomes.report(tally, benchmarks.list(), methods, unanalysed);
        }
    }

    public static CohortReport outcomes(List<ClientCourse> clients, List<Benchmark> benchmarks,
            ClientFaultWording wording) throws CohortInputException {
        Accumulator accumulator = new Accumulator(wording);
        for (int i = 0; i < clients.size(); i++) {
            accumulator.add(i, clients.get(i));
        }
        return accumulator.report(checked(benchmarks));
    }

    /** The answer for the union of the partials' clients, figure for figure as one pass over them would give. */
    public static CohortReport merge(List<CohortPartial> partials, CheckedBenchmarks benchmarks)
            throws CohortInputException {
        List<CohortFault> faults = new ArrayList<>();
        CohortTally tally = new CohortTally();
        if (partials == null || partials.isEmpty()) {
            faults.add(new CohortFault(FaultCode.REQUIRED, new CohortFault.Partials(),
                    CohortTexts.AT_LEAST_ONE_PARTIAL));
        } else {
            for (int i = 0; i < partials.size(); i++) {
                tally.add(partials.get(i), i, faults);
            }
        }
        if (!faults.isEmpty()) {
            throw new CohortInputException(faults);
        }
        return report(tally, benchmarks.list(), CohortFigures.METHODS, null);
    }

    private static CohortReport report(CohortTally tally, List<Benchmark> benchmarks, List<String> methods,
            List<UnanalysedClient> unanalysed) {
        GroupTally all = tally.overall(new ArrayList<>());
        GroupOutcome overall = CohortFigures.group(null, all, benchmarks);
        List<GroupOutcome> groups = null;
        boolean grouped = tally.groups.keySet().stream().anyMatch(g -> g != null);
        if (grouped) {
            groups = new ArrayList<>();
            for (Map.Entry<String, GroupTally> e : tally.groups.entrySet()) {
                groups.add(CohortFigures.group(e.getKey() == null ? "(no group)" : e.getKey(), e.getValue(),
                        benchmarks));
            }
        }
        return new CohortReport(methods, overall, groups, unanalysed, tally.partial());
    }

    /** A benchmark as sent: a field is null where the request held none; the entry is null where it is no object. */
    public record BenchmarkInput(String measure, String outcome, Double rate, Long n, String source) {
    }

    /**
     * The benchmarks as sent, read and checked: first whether each is an object with a known outcome and a rate, and
     * only when all are, the values ({@link #checked}); faults are located under /benchmarks.
     */
    public static CheckedBenchmarks benchmarks(List<BenchmarkInput> entries) throws CohortInputException {
        if (entries == null) {
            return CheckedBenchmarks.NONE;
        }
        List<CohortFault> faults = new ArrayList<>();
        List<Benchmark> read = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            BenchmarkInput b = entries.get(i);
            if (b == null) {
                faults.add(new CohortFault(FaultCode.INVALID, at(i, BenchmarkField.ENTRY), CohortTexts.NOT_AN_OBJECT));
                continue;
            }
            Outcome outcome = null;
            if (b.outcome() == null) {
                faults.add(new CohortFault(FaultCode.REQUIRED, at(i, BenchmarkField.OUTCOME), CohortTexts.REQUIRED));
            } else {
                try {
                    outcome = Outcome.fromWire(b.outcome());
                } catch (IllegalArgumentException unknown) {
                    faults.add(new CohortFault(FaultCode.UNKNOWN, at(i, BenchmarkField.OUTCOME), CohortTexts.OUTCOMES));
                }
            }
            if (b.rate() == null) {
                faults.add(new CohortFault(FaultCode.REQUIRED, at(i, BenchmarkField.RATE), CohortTexts.RATE_REQUIRED));
            }
            if (outcome != null && b.rate() != null) {
                read.add(new Benchmark(b.measure(), outcome, b.rate(), b.n(), b.source()));
            }
        }
        if (!faults.isEmpty()) {
            throw new CohortInputException(faults);
        }
        return checked(read);
    }

    /** The benchmarks, each checked; faults are located under /benchmarks. */
    public static CheckedBenchmarks checked(List<Benchmark> benchmarks) throws CohortInputException {
        if (benchmarks == null) {
            return CheckedBenchmarks.NONE;
        }
        List<CohortFault> faults = new ArrayList<>();
        for (int i = 0; i < benchmarks.size(); i++) {
            Benchmark b = benchmarks.get(i);
            if (b == null) {
                faults.add(new CohortFault(FaultCode.INVALID, at(i, BenchmarkField.ENTRY), CohortTexts.NOT_AN_OBJECT));
                continue;
            }
            if (b.measure() == null || b.measure().isBlank()) {
                faults.add(new CohortFault(FaultCode.REQUIRED, at(i, BenchmarkField.MEASURE),
                        CohortTexts.MEASURE_REQUIRED));
            }
            if (b.outcome() == null) {
                faults.add(new CohortFault(FaultCode.REQUIRED, at(i, BenchmarkField.OUTCOME), CohortTexts.REQUIRED));
            }
            if (!(b.rate() >= 0 && b.rate() <= 1)) {
                faults.add(new CohortFault(FaultCode.INVALID, at(i, BenchmarkField.RATE), CohortTexts.RATE_RANGE));
            }
            if (b.n() != null && b.n() < 1) {
                faults.add(new CohortFault(FaultCode.INVALID, at(i, BenchmarkField.N), CohortTexts.N_AT_LEAST_ONE));
            }
        }
        if (!faults.isEmpty()) {
            throw new CohortInputException(faults);
        }
        return new CheckedBenchmarks(benchmarks);
    }

    private static CohortFault.InBenchmark at(int benchmark, BenchmarkField field) {
        return new CohortFault.InBenchmark(benchmark, field);
    }
}
