package org.measura.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A distinctive fake client identifier and fake answers sent through every endpoint of the packaged service, as
 * deployed (authentication on), in requests that succeed and in requests that fail in every way (401 without, with a
 * malformed, a foreign and an expired token; 400, 404, 405, 413, 415, 422; malformed JSON). The service is started
 * with DEBUG asked for on every category that handles requests: the build-time floor (quarkus.log.min-level=INFO)
 * must hold it at the production level. Then neither the identifier, nor the answers, nor the token may be in the log.
 */
class LogLeakIT {

    static final String CLIENT = "MRN-QX7-40561239";
    static final String ANSWER = "Fakeanswer-Oxblood-Quince";
    static final int OFF_SCALE = 736491;
    private static final String ISSUER = "https://issuer.test/measura";
    private static final String AUDIENCE = "measura-api";

    private static PackagedService service;
    private static HttpClient client;
    private static String token;
    private static final List<String> TOKENS = new ArrayList<>();
    private static final Map<Integer, Integer> STATUSES = new TreeMap<>();

    @BeforeAll
    static void start() throws Exception {
        Path key = Path.of("src", "test", "resources", "auth", "test-public.pem").toAbsolutePath();
        service = PackagedService.start("log-leak", List.of(
                "-Dmeasura.auth.enabled=true",
                "-Dmp.jwt.verify.publickey.location=file:" + key,
                "-Dmp.jwt.verify.issuer=" + ISSUER,
                "-Dmp.jwt.verify.audiences=" + AUDIENCE,
                // An operator asking for DEBUG everywhere a request passes: the build-time floor must refuse it.
                "-Dquarkus.log.level=DEBUG",
                "-Dquarkus.log.category.\"org.measura\".level=DEBUG",
                "-Dquarkus.log.category.\"io.quarkus\".level=DEBUG",
                "-Dquarkus.log.category.\"io.vertx\".level=DEBUG",
                "-Dquarkus.log.category.\"org.jboss.resteasy.reactive\".level=DEBUG",
                "-Dquarkus.log.category.\"io.smallrye.jwt\".level=TRACE",
                "-Dquarkus.log.category.\"ca.uhn.fhir\".level=DEBUG",
                "-Dquarkus.log.category.\"com.fasterxml\".level=DEBUG"));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        token = token(Instant.now(), "test-private.pem");
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    private static String token(Instant now, String key) throws Exception {
        String jwt = Jwt.issuer(ISSUER).audience(AUDIENCE).subject(CLIENT).claim("patient", CLIENT)
                .issuedAt(now).expiresAt(now.plusSeconds(600)).sign(KeyUtils.readPrivateKey("auth/" + key));
        TOKENS.add(jwt.substring(jwt.lastIndexOf('.') + 1));
        return jwt;
    }

    @Test
    void nothingSentReachesTheLog() throws Exception {
        for (String bearer : List.of(token, "", "not.a.jwt." + CLIENT, token(Instant.now(), "other-private.pem"),
                token(Instant.now().minusSeconds(7200), "test-private.pem"))) {
            everyEndpoint(bearer);
        }
        service.close();
        String log = service.logText();

        assertThat(STATUSES).as("statuses answered").containsKeys(200, 400, 401, 404, 405, 413, 415, 422);
        assertThat(log).as("the log was captured").contains("Authentication is on");
        assertThat(log).as("the log " + service.log()).doesNotContain(CLIENT).doesNotContain(ANSWER)
                .doesNotContain(Integer.toString(OFF_SCALE)).doesNotContain("\"responses\"")
                .doesNotContain("Patient/").doesNotContain("Bearer ");
        for (String signature : TOKENS) {
            assertThat(log).as("a token's signature in the log").doesNotContain(signature);
        }
        assertThat(log).as("the floor engaged").contains("set below minimum logging level INFO, promoting it to INFO");
        assertThat(log.lines().filter(line -> line.matches("\\S+ \\S+ (DEBUG|TRACE) .*")).toList())
                .as("lines logged below INFO despite the build-time floor").isEmpty();
    }

    private static void everyEndpoint(String bearer) throws Exception {
        String phq9 = "{\"responses\": {\"1\": 2, \"2\": 2, \"3\": 1, \"4\": 2, \"5\": 1, \"6\": 1, \"7\": 2, \"8\": 0, "
                + "\"9\": 1}, \"norms\": {\"total\": {\"name\": \"" + ANSWER + "\", \"mean\": 15, \"sd\": 5, "
                + "\"metric\": \"score\"}}}";
        get(bearer, "/instruments?patient=" + CLIENT);
        get(bearer, "/instruments/schema?patient=" + CLIENT);
        get(bearer, "/instruments/phq9?patient=" + CLIENT);
        get(bearer, "/instruments/" + CLIENT);
        get(bearer, "/patients/" + CLIENT);
        get(bearer, "/fhir/metadata?patient=" + CLIENT);
        get(bearer, "/fhir/Questionnaire?url=" + CLIENT);
        get(bearer, "/fhir/Questionnaire/phq9?patient=" + CLIENT);
        get(bearer, "/fhir/Questionnaire/" + CLIENT);

        post(bearer, "/instruments/phq9/scores", "application/json", phq9);
        post(bearer, "/instruments/phq9/scores", "application/json",
                "{\"responses\": {\"1\": " + OFF_SCALE + ", \"2\": \"" + ANSWER + "\"}, \"patientId\": \"" + CLIENT + "\"}");
        post(bearer, "/instruments/phq9/scores", "application/json",
                "{\"responses\": {\"1\": " + OFF_SCALE + "}, \"coding\": \"" + ANSWER + "\"}");
        post(bearer, "/instruments/" + CLIENT + "/scores", "application/json", phq9);
        post(bearer, "/instruments/phq9/scores", "application/json", "{\"responses\": {\"1\": \"" + CLIENT);
        post(bearer, "/instruments/phq9/scores", "text/plain", CLIENT + " " + ANSWER);
        post(bearer, "/instruments/phq9/scores", "application/json", "{\"patient\": \"" + CLIENT + "\", \"pad\": \""
                + "x".repeat(1_100_000) + "\"}");
        request(bearer, "DELETE", "/instruments/phq9/scores?patient=" + CLIENT, "application/json", phq9);

        post(bearer, "/scores", "application/json", "{\"administrations\": [" + phq9.replace("{\"responses\"",
                "{\"instrument\": \"phq9\", \"responses\"") + ", {\"instrument\": \"" + CLIENT + "\", \"responses\": "
                + "{\"1\": " + OFF_SCALE + "}}, {\"instrument\": \"gad7\", \"responses\": {\"1\": \"" + ANSWER
                + "\"}, \"coding\": \"" + ANSWER + "\"}]}");
        post(bearer, "/scores", "application/json", "{\"administrations\": {\"client\": \"" + CLIENT + "\"}}");

        post(bearer, "/trends", "application/json", "{\"administrations\": ["
                + "{\"instrument\": \"phq9\", \"date\": \"2026-01-05\", \"phase\": \"baseline\", \"scores\": {\"total\": 18}},"
                + "{\"instrument\": \"phq9\", \"date\": \"2026-03-02\", \"phase\": \"termination\", \"responses\": "
                + "{\"1\": 0, \"2\": 1, \"3\": 0, \"4\": 1, \"5\": 0, \"6\": 0, \"7\": 1, \"8\": 0, \"9\": 0}}]}");
        post(bearer, "/trends", "application/json", "{\"administrations\": [{\"instrument\": \"phq9\", \"date\": \""
                + CLIENT + "\", \"scores\": {\"total\": " + OFF_SCALE + "}, \"phase\": \"" + ANSWER + "\"}]}");
        post(bearer, "/trends", "application/json", "{\"client\": \"" + CLIENT + "\"}");

        String course = "{\"group\": \"" + CLIENT + "\", \"administrations\": [{\"instrument\": \"phq9\", \"date\": "
                + "\"2026-01-05\", \"scores\": {\"total\": 18}}, {\"instrument\": \"" + CLIENT + "\", \"date\": \""
                + ANSWER + "\", \"scores\": {\"total\": " + OFF_SCALE + "}}]}";
        post(bearer, "/cohorts/outcomes", "application/json", "{\"clients\": [" + course + "], \"benchmarks\": [{"
                + "\"measure\": \"" + CLIENT + "\", \"outcome\": \"" + ANSWER + "\", \"rate\": 0.5}]}");
        post(bearer, "/cohorts/expected-response", "application/json", "{\"clients\": [" + course + "]}");
        post(bearer, "/cohorts/merge", "application/json", "{\"partials\": [{\"format\": \"" + CLIENT
                + "\", \"groups\": [{\"group\": \"" + ANSWER + "\"}]}]}");
        post(bearer, "/bulk/cohorts", "application/x-ndjson", course + "\n{\"client\": \"" + CLIENT + "\"}\n");

        String response = "{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", "
                + "\"questionnaire\": \"https://measura.example/fhir/Questionnaire/phq9\", "
                + "\"identifier\": {\"value\": \"" + CLIENT + "\"}, \"subject\": {\"reference\": \"Patient/" + CLIENT
                + "\", \"display\": \"" + ANSWER + "\"}, \"authored\": \"2026-03-16\", \"item\": [%s]}";
        StringBuilder answered = new StringBuilder();
        for (int item = 1; item <= 9; item++) {
            answered.append(item == 1 ? "" : ",").append("{\"linkId\": \"").append(item)
                    .append("\", \"answer\": [{\"valueInteger\": ").append(item % 4).append("}]}");
        }
        post(bearer, "/fhir/QuestionnaireResponse/$score", "application/fhir+json",
                response.formatted(answered));
        post(bearer, "/fhir/QuestionnaireResponse/$score", "application/fhir+json", response.formatted(
                "{\"linkId\": \"1\", \"answer\": [{\"valueString\": \"" + ANSWER + "\"}]},"
                        + "{\"linkId\": \"2\", \"answer\": [{\"valueInteger\": " + OFF_SCALE + "}]}"));
        post(bearer, "/fhir/QuestionnaireResponse/$score", "application/fhir+json",
                "{\"resourceType\": \"Parameters\", \"parameter\": [{\"name\": \"response\", \"resource\": "
                        + response.formatted(answered) + "}, {\"name\": \"instrument\", \"valueString\": \"" + CLIENT
                        + "\"}]}");
        post(bearer, "/fhir/QuestionnaireResponse/$score", "application/fhir+json",
                "{\"resourceType\": \"Patient\", \"id\": \"" + CLIENT + "\", \"name\": [{\"text\": \"" + ANSWER + "\"}]}");
        post(bearer, "/fhir/QuestionnaireResponse/$score", "application/fhir+json", "{\"resourceType\": \"" + CLIENT);
        post(bearer, "/fhir/QuestionnaireResponse/$score", "application/xml", "<Patient>" + CLIENT + "</Patient>");
    }

    private static void get(String bearer, String target) throws Exception {
        request(bearer, "GET", target, null, null);
    }

    private static void post(String bearer, String target, String type, String body) throws Exception {
        request(bearer, "POST", target, type, body);
    }

    private static void request(String bearer, String method, String target, String type, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.base() + target.replace("$", "%24")))
                .timeout(Duration.ofSeconds(30))
                .header("X-Correlation-Id", CLIENT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!bearer.isEmpty()) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        STATUSES.merge(response.statusCode(), 1, Integer::sum);
        assertThat(response.statusCode()).as(method + " " + target).isLessThan(500);
    }
}
