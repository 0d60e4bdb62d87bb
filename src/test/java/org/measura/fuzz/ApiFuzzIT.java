package org.measura.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every operation of the committed OpenAPI document against the packaged service (auth off, production log
 * level, log captured): mutated versions of the documented examples, broken bodies, wrong content types, odd paths
 * and methods. Every request is drawn from a generator seeded by the run's printed seed, so a run is reproducible. Asserts no 5xx, errors as problem+json or
 * OperationOutcome, no submitted value echoed in an answer, and none in the log.
 *
 * <p>{@code -Dmeasura.fuzz.survey=true} records every violation instead of stopping at the first, and lists them
 * all at the end of each operation's test.
 */
class ApiFuzzIT {

    /** Operations the document lists, each with the test below that fuzzes it. */
    static final Set<String> FUZZED = Set.of("POST /instruments/{id}/scores", "POST /scores", "POST /trends",
            "POST /fhir/QuestionnaireResponse/$score", "GET /instruments", "GET /instruments/{id}",
            "GET /instruments/schema", "GET /fhir/metadata", "GET /fhir/Questionnaire", "GET /fhir/Questionnaire/{id}",
            "POST /trends/chart", "POST /fhir/$trend", "POST /bulk/scores", "POST /bulk/trends",
            "GET /fhir/OperationDefinition/{id}", "GET /fhir/CodeSystem/{id}", "GET /fhir/ValueSet/{id}",
            "GET /fhir/StructureDefinition/{id}", "POST /cohorts/outcomes", "POST /cohorts/merge",
            "POST /cohorts/expected-response", "POST /bulk/cohorts");
    static final int MINIMUM_REQUESTS = 10_000;
    /** The run's seed: {@code -Dmeasura.fuzz.seed=N} repeats a run, as printed at its start. */
    private static final long SEED = Long.getLong("measura.fuzz.seed", 7319264L);

    private static OpenApiDocument document;
    private static PackagedService service;
    private static HttpClient client;
    private static List<JsonNode> definitions;
    private static final Map<String, Map<Integer, AtomicInteger>> SENT = new ConcurrentHashMap<>();
    private static final Map<String, String> SURVEY = new ConcurrentHashMap<>();
    private static int logChecked;

    @BeforeAll
    static void start() throws Exception {
        System.out.println("Fuzz seed " + SEED + " (repeat this run with -Dmeasura.fuzz.seed=" + SEED + ")");
        document = OpenApiDocument.read();
        service = PackagedService.start("fuzz", List.of("-Dmeasura.auth.enabled=false"));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        definitions = new ArrayList<>();
        for (String id : List.of("phq9", "k10")) {
            HttpResponse<String> definition = client.send(HttpRequest.newBuilder(service.base().resolve(
                    "/instruments/" + id)).build(), HttpResponse.BodyHandlers.ofString());
            definitions.add(Requests.JSON.readTree(definition.body()));
        }
        logChecked = service.logText().length();
    }

    @AfterAll
    static void stop() throws Exception {
        if (service == null) {
            return;
        }
        service.close();
        int total = 0;
        StringBuilder tally = new StringBuilder("Fuzz requests per operation, by status:");
        for (Map.Entry<String, Map<Integer, AtomicInteger>> op : new TreeMap<>(SENT).entrySet()) {
            int count = op.getValue().values().stream().mapToInt(AtomicInteger::get).sum();
            total += count;
            tally.append("\n  ").append(op.getKey()).append(": ").append(count).append(" ")
                    .append(new TreeMap<>(op.getValue()));
        }
        System.out.println(tally.append("\n  total: ").append(total));
        assertThat(Markers.any(service.logText())).as("markers in the service log " + service.log()).isEmpty();
        if (SENT.keySet().containsAll(FUZZED)) {
            assertThat(total).as("requests sent").isGreaterThanOrEqualTo(MINIMUM_REQUESTS);
        }
    }

    /** Each test is answered for in the log by the lines written while it ran. */
    @AfterEach
    void logStaysClean() throws IOException {
        String log = service.logText();
        String lines = log.substring(Math.min(logChecked, log.length()));
        logChecked = log.length();
        StringBuilder failures = new StringBuilder();
        SURVEY.forEach((violation, request) -> failures.append("\n").append(violation).append("\n    ")
                .append(request));
        SURVEY.clear();
        if (!Markers.any(lines).isEmpty()) {
            failures.append("\nmarkers ").append(Markers.any(lines)).append(" in the service log ").append(service.log());
        }
        lines.lines().filter(line -> line.contains(" ERROR ") || line.contains(" WARN "))
                .forEach(line -> failures.append("\nlogged: ").append(line));
        if (failures.length() > 0) {
            throw new AssertionError(failures.toString());
        }
    }

    @Test
    void everyDocumentedOperationIsFuzzed() {
        assertThat(new TreeSet<>(document.operations().keySet())).isEqualTo(new TreeSet<>(FUZZED));
    }

    /**
     * Bodies cut off by the client (found by bench/soak.sh, whose wrk closes its connections mid-request when time is
     * up): routine, so no ERROR in the log (checked after every test).
     */
    @Test
    void abortedBodiesAreNotErrors() throws Exception {
        for (OpenApiDocument.Operation op : document.operations().values()) {
            if (op.hasBody()) {
                try (java.net.Socket socket = new java.net.Socket(service.base().getHost(), service.base().getPort())) {
                    socket.getOutputStream().write(("POST " + Requests.target(op, null) + " HTTP/1.1\r\nHost: x\r\n"
                            + "Content-Type: " + op.mediaTypes().get(0) + "\r\nContent-Length: 5000\r\n\r\n{\"zqv\": [")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    Thread.sleep(200);
                }
            }
        }
        Thread.sleep(1000);
        assertThat(send(new FuzzRequest("", "GET", "/q/health/live", Map.of(), new byte[0], "")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void scoreOne() throws Exception {
        List<JsonNode> seeds = new ArrayList<>();
        for (JsonNode definition : definitions.subList(0, 1)) {
            ObjectNode inline = (ObjectNode) document.operation("POST /instruments/{id}/scores").examples().get(0)
                    .deepCopy();
            inline.set("definition", definition);
            seeds.add(inline);
        }
        fuzz("POST /instruments/{id}/scores", 2000, seeds);
    }

    @Test
    void scoreBatch() throws Exception {
        ObjectNode batch = Requests.JSON.createObjectNode();
        ObjectNode entry = batch.putArray("administrations").addObject();
        entry.put("instrument", "k10");
        ObjectNode responses = entry.putObject("responses");
        for (int item = 1; item <= 10; item++) {
            responses.put(Integer.toString(item), 1 + item % 5);
        }
        entry.set("definition", definitions.get(1));
        fuzz("POST /scores", 1500, List.of(batch));
    }

    @Test
    void trends() throws Exception {
        fuzz("POST /trends", 1500, List.of());
    }

    @Test
    void fhirScore() throws Exception {
        fuzz("POST /fhir/QuestionnaireResponse/$score", 2000, List.of());
    }

    @Test
    void listInstruments() throws Exception {
        fuzz("GET /instruments", 500, List.of());
    }

    @Test
    void getInstrument() throws Exception {
        fuzz("GET /instruments/{id}", 700, List.of());
    }

    @Test
    void definitionSchema() throws Exception {
        fuzz("GET /instruments/schema", 300, List.of());
    }

    @Test
    void fhirMetadata() throws Exception {
        fuzz("GET /fhir/metadata", 300, List.of());
    }

    @Test
    void fhirSearch() throws Exception {
        fuzz("GET /fhir/Questionnaire", 600, List.of());
    }

    @Test
    void fhirRead() throws Exception {
        fuzz("GET /fhir/Questionnaire/{id}", 700, List.of());
    }

    @Test
    void chart() throws Exception {
        fuzz("POST /trends/chart", 300, List.of());
    }

    @Test
    void fhirTrend() throws Exception {
        fuzz("POST /fhir/$trend", 500, List.of());
    }

    @Test
    void bulkScores() throws Exception {
        fuzz("POST /bulk/scores", 400, List.of());
    }

    @Test
    void bulkTrends() throws Exception {
        fuzz("POST /bulk/trends", 300, List.of());
    }

    @Test
    void fhirOperationDefinition() throws Exception {
        fuzz("GET /fhir/OperationDefinition/{id}", 200, List.of());
    }

    @Test
    void fhirCodeSystem() throws Exception {
        fuzz("GET /fhir/CodeSystem/{id}", 200, List.of());
    }

    @Test
    void fhirValueSet() throws Exception {
        fuzz("GET /fhir/ValueSet/{id}", 200, List.of());
    }

    @Test
    void fhirStructureDefinition() throws Exception {
        fuzz("GET /fhir/StructureDefinition/{id}", 200, List.of());
    }

    @Test
    void cohortOutcomes() throws Exception {
        fuzz("POST /cohorts/outcomes", 150, List.of());
    }

    @Test
    void cohortMerge() throws Exception {
        fuzz("POST /cohorts/merge", 150, List.of());
    }

    @Test
    void expectedResponse() throws Exception {
        fuzz("POST /cohorts/expected-response", 100, List.of());
    }

    @Test
    void bulkCohorts() throws Exception {
        fuzz("POST /bulk/cohorts", 100, List.of());
    }

    /**
     * Sends {@code tries} requests for one operation. Request {@code i} is drawn from its own generator seeded by the
     * run's seed, the operation and {@code i}, so one failing request is reproduced without the others.
     */
    private static void fuzz(String operation, int tries, List<JsonNode> extraSeeds) throws Exception {
        Gen<FuzzRequest> requests = Requests.of(document, document.operation(operation), extraSeeds);
        for (int i = 0; i < tries; i++) {
            Random random = new Random(SEED * 1_000_003L + operation.hashCode() * 10_007L + i);
            exchange(requests.next(random), "seed " + SEED + ", " + operation + " try " + i);
        }
    }

    private static void exchange(FuzzRequest request, String origin) throws Exception {
        HttpResponse<byte[]> response = send(request);
        SENT.computeIfAbsent(request.operation(), k -> new ConcurrentHashMap<>())
                .computeIfAbsent(response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
        List<String> violations = ResponseChecks.violations(request, response);
        if (violations.isEmpty()) {
            return;
        }
        String report = origin + ": " + request + "\n    -> " + response.statusCode() + " "
                + response.headers().firstValue("Content-Type").orElse("") + " "
                + abbreviate(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        if (Boolean.getBoolean("measura.fuzz.survey")) {
            for (String violation : violations) {
                SURVEY.putIfAbsent(request.operation() + ": " + violation.replaceAll("\\[.*]", "[...]"), report);
            }
            return;
        }
        throw new AssertionError(violations + "\n" + report);
    }

    static HttpResponse<byte[]> send(FuzzRequest request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(service.base() + request.target()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
