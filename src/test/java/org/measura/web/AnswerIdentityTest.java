package org.measura.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Answers stay byte for byte what they were when recorded: each request listed in
 * {@code src/test/resources/answers/cases.tsv} is sent and its status, content type and body must equal the recorded
 * {@code answers/expected/NAME.answer} (first line status and content type, then the body exactly). Only FHIR's
 * urn:uuid fullUrls, new in every answer, are compared by order of first appearance, as {@code FhirExamplesTest} does.
 * <p>
 * This guards work that must not change what a caller reads (speed, refactoring). A change meant to alter answers
 * re-records them: {@code mvn -B -o test -Dtest=AnswerIdentityTest -Dmeasura.record=true}, then review the diff of
 * {@code src/test/resources/answers/expected/} (see the README there).
 */
@QuarkusTest
class AnswerIdentityTest {

    private static final String ROOT = "answers/";
    private static final Path RECORD_DIR = Path.of("src/test/resources/answers/expected");
    private static final Pattern UUID = Pattern.compile("urn:uuid:[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    private record Case(String name, String method, String target, String contentType, String requestFile) {
    }

    @TestFactory
    Stream<DynamicTest> everyRecordedAnswerIsUnchanged() {
        boolean record = Boolean.getBoolean("measura.record");
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThan(40);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Response response = send(c);
            String actual = response.statusCode() + " " + response.contentType() + "\n"
                    + numbered(new String(response.asByteArray(), StandardCharsets.UTF_8));
            if (record) {
                Files.createDirectories(RECORD_DIR);
                Files.writeString(RECORD_DIR.resolve(c.name() + ".answer"), actual, StandardCharsets.UTF_8);
                return;
            }
            String expected = resource("expected/" + c.name() + ".answer");
            assertThat(actual).as("answer to %s %s (%s)", c.method(), c.target(), c.name()).isEqualTo(expected);
        }));
    }

    private static Response send(Case c) {
        byte[] body = resource("requests/" + c.requestFile()).getBytes(StandardCharsets.UTF_8);
        return given().urlEncodingEnabled(false).contentType(c.contentType()).body(body)
                .request(c.method(), c.target());
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String line : resource("cases.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            String[] request = f[1].split(" ", 2);
            cases.add(new Case(f[0], request[0], request[1], f[2], f[3]));
        }
        return cases;
    }

    /** Each distinct urn:uuid becomes urn:uuid:1, :2, ... in order of first appearance. */
    private static String numbered(String text) {
        Map<String, String> seen = new LinkedHashMap<>();
        Matcher m = UUID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, seen.computeIfAbsent(m.group(), k -> "urn:uuid:" + (seen.size() + 1)));
        }
        return m.appendTail(out).toString();
    }

    private static String resource(String name) {
        try (InputStream in = AnswerIdentityTest.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            assertThat(in).as("test resource %s%s", ROOT, name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
