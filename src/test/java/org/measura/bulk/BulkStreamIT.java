package org.measura.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.measura.testing.RawHttp;

/**
 * The packaged service, started with a 128 MiB heap (failsafe's quarkus.test.arg-line), answers 100,000 generated
 * lines on each bulk stream, every line in order. The answers alone are several times that heap, so they cannot have
 * been held. The client sends and reads at once, over a plain socket, as a streaming client must.
 */
@QuarkusIntegrationTest
class BulkStreamIT {

    private static final int LINES = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The port the packaged service listens on, as Quarkus gives it to RestAssured (also with a random port). */
    private static int port() {
        return RestAssured.port;
    }

    private static String token() throws Exception {
        Instant now = Instant.now();
        return Jwt.issuer("https://issuer.test/measura").audience("measura-api").subject("bulk-test")
                .issuedAt(now).expiresAt(now.plusSeconds(600))
                .sign(KeyUtils.readPrivateKey("auth/test-private.pem"));
    }

    @Test
    void hundredThousandAdministrationsAreAnsweredInOrder() throws Exception {
        long problems = stream("/bulk/scores", i -> i % 1000 == 999 ? "{\"instrument\": \"phq9\", \"responses\":"
                : "{\"instrument\":\"phq9\",\"responses\":{\"1\":" + i % 4 + ",\"2\":2,\"3\":1,\"4\":" + (i / 4) % 4
                        + ",\"5\":1,\"6\":1,\"7\":2,\"8\":0,\"9\":1}}");
        assertThat(problems).isEqualTo(LINES / 1000);
    }

    @Test
    void hundredThousandClientsTrendsAreAnsweredInOrder() throws Exception {
        long problems = stream("/bulk/trends", i -> i % 1000 == 999 ? "{\"administrations\": 3}"
                : "{\"administrations\":[{\"instrument\":\"phq9\",\"date\":\"2026-01-05\",\"phase\":\"baseline\","
                        + "\"scores\":{\"total\":" + (10 + i % 17) + "}},{\"instrument\":\"phq9\",\"date\":\"2026-02-02\","
                        + "\"scores\":{\"total\":" + (4 + i % 9) + "}},{\"instrument\":\"phq9\",\"date\":\"2026-03-02\","
                        + "\"phase\":\"termination\",\"scores\":{\"total\":" + i % 7 + "}}]}");
        assertThat(problems).isEqualTo(LINES / 1000);
    }

    @Test
    void theServiceRunsWithTheSmallHeap() throws Exception {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port() + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        double max = metrics.lines().filter(l -> l.startsWith("jvm_memory_max_bytes{area=\"heap\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).filter(v -> v > 0).sum();
        assertThat(max).isLessThanOrEqualTo(128 * 1024 * 1024);
    }

    /** Sends LINES generated lines chunked while reading the answers; checks each answer's line number; counts problems. */
    private long stream(String path, IntFunction<String> line) throws Exception {
        try (Socket socket = new Socket("localhost", port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            String token = token();
            CompletableFuture<Void> sent = CompletableFuture.runAsync(() -> {
                try {
                    out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                            + "Authorization: Bearer " + token + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    StringBuilder chunk = new StringBuilder();
                    for (int i = 0; i < LINES; i++) {
                        chunk.append(line.apply(i)).append('\n');
                        if (chunk.length() > 32 * 1024 || i == LINES - 1) {
                            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                            out.write(bytes);
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                            chunk.setLength(0);
                        }
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            assertThat(RawHttp.readLine(in)).startsWith("HTTP/1.1 200");
            boolean chunked = false;
            for (String header = RawHttp.readLine(in); !header.isEmpty(); header = RawHttp.readLine(in)) {
                chunked |= header.equalsIgnoreCase("transfer-encoding: chunked");
                if (header.toLowerCase().startsWith("content-type:")) {
                    assertThat(header).contains("application/x-ndjson");
                }
            }
            assertThat(chunked).as("the answer streams (chunked)").isTrue();
            long answers = 0;
            long problems = 0;
            ByteArrayOutputStream pending = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(RawHttp.readLine(in).trim(), 16); size > 0;
                    size = Integer.parseInt(RawHttp.readLine(in).trim(), 16)) {
                for (int i = 0; i < size; i++) {
                    int b = in.read();
                    if (b == '\n') {
                        JsonNode answer = JSON.readTree(pending.toByteArray());
                        answers++;
                        assertThat(answer.get("line").asLong()).isEqualTo(answers);
                        problems += answer.has("problem") ? 1 : 0;
                        assertThat(answer.has("result") || answer.has("problem")).isTrue();
                        pending.reset();
                    } else {
                        pending.write(b);
                    }
                }
                RawHttp.readLine(in);
            }
            sent.get();
            assertThat(answers).isEqualTo(LINES);
            return problems;
        }
    }
}
