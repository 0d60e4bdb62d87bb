package org.measura.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.measura.testing.RawHttp;
import org.measura.fuzz.PackagedService;

/**
 * SIGTERM during a bulk stream, against the packaged jar started as its own process (as a pod's container is): the
 * readiness check goes down first, new requests are then refused while the stream goes on, and the stream ends within
 * the grace with a final problem line numbered as the first line not read, every line before it answered in order.
 */
class ShutdownIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DELAY = Duration.ofSeconds(2);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Duration BULK_GRACE = Duration.ofSeconds(5);
    /** Far more than can be answered within the grace on any machine: the stream cannot end by itself first. */
    private static final int MAX_LINES = 20_000_000;
    /** A PHQ-9 scoring 2 + 2 + 1 + 2 + 1 + 1 + 2 + 0 + 1 = 12. */
    private static final String LINE = "{\"instrument\":\"phq9\",\"responses\":{\"1\":2,\"2\":2,\"3\":1,\"4\":2,"
            + "\"5\":1,\"6\":1,\"7\":2,\"8\":0,\"9\":1}}\n";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void aStreamInFlightEndsWithALineSayingWhereItStopped() throws Exception {
        try (PackagedService service = PackagedService.start("shutdown", List.of("-Dmeasura.auth.enabled=false",
                "-Dquarkus.shutdown.delay=" + DELAY.toSeconds() + "S",
                "-Dquarkus.shutdown.timeout=" + TIMEOUT.toSeconds() + "S",
                "-Dmeasura.bulk.shutdown-grace=" + BULK_GRACE.toSeconds() + "S"))) {
            URI base = service.base();
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(60_000);
                AtomicBoolean streamEnded = new AtomicBoolean();
                CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> send(socket, streamEnded));
                InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                assertThat(RawHttp.readLine(in)).startsWith("HTTP/1.1 200");
                while (!RawHttp.readLine(in).isEmpty()) {
                    // headers
                }
                ChunkedLines answers = new ChunkedLines(in);
                for (int i = 1; i <= 1000; i++) {
                    assertAnswered(answers.next(), i);
                }

                long terminated = System.nanoTime();
                service.terminate();
                CompletableFuture<List<String>> watcher = CompletableFuture.supplyAsync(
                        () -> watchRefusals(base, streamEnded));

                long answered = 1000;
                JsonNode last;
                while (true) {
                    last = answers.next();
                    assertThat(last).as("the stream ended without a shutting-down line").isNotNull();
                    if (last.has("problem")) {
                        break;
                    }
                    assertAnswered(last, ++answered);
                }
                streamEnded.set(true);
                long stoppedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - terminated);

                assertThat(last.get("line").asLong()).isEqualTo(answered + 1);
                assertThat(last.at("/problem/type").asText()).isEqualTo("/problems/shutting-down");
                assertThat(last.at("/problem/status").asInt()).isEqualTo(503);
                assertThat(last.at("/problem/detail").asText())
                        .contains("after line " + answered + ";")
                        .contains("Lines from " + (answered + 1) + " on were not read");
                assertThat(answers.next()).as("nothing after the shutting-down line").isNull();
                assertThat(stoppedAfter).isBetween(BULK_GRACE.toMillis() - 500, BULK_GRACE.toMillis() + 5_000);

                List<String> seen = watcher.get(30, TimeUnit.SECONDS);
                assertThat(seen).as("what new requests met during the stream").containsSubsequence(
                        "ready 503", "new request 503");
                sender.cancel(true);
            }
            assertThat(service.awaitExit(DELAY.plus(TIMEOUT).plusSeconds(10))).isTrue();
            assertThat(service.logText()).contains("A bulk stream was stopped by the shutdown");
        }
    }

    /**
     * While the stream runs: polls readiness and a new request, noting each change of answer ("ready 503" when the
     * readiness check fails, "new request 503" when the service refuses new work).
     */
    private List<String> watchRefusals(URI base, AtomicBoolean streamEnded) {
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!streamEnded.get() && System.nanoTime() < deadline) {
            note(seen, "ready", status(HttpRequest.newBuilder(base.resolve("/q/health/ready")).GET()));
            note(seen, "new request", status(HttpRequest.newBuilder(base.resolve("/instruments")).GET()));
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return seen;
    }

    private static void note(List<String> seen, String what, String status) {
        String event = what + " " + status;
        if (!seen.contains(event)) {
            seen.add(event);
        }
    }

    /** The status, or the kind of failure (e.g. ConnectException once the service has closed its port). */
    private String status(HttpRequest.Builder request) {
        try {
            return String.valueOf(client.send(request.timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static void assertAnswered(JsonNode answer, long line) {
        assertThat(answer).isNotNull();
        assertThat(answer.get("line").asLong()).isEqualTo(line);
        assertThat(answer.at("/result/scales/0/score").asInt()).as("line %d", line).isEqualTo(12);
    }

    /** Sends PHQ-9 lines, chunked, until the service stops reading (the write then fails) or MAX_LINES. */
    private static void send(Socket socket, AtomicBoolean streamEnded) {
        try {
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            out.write(("POST /bulk/scores HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = LINE.repeat(256).getBytes(StandardCharsets.UTF_8);
            byte[] header = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            for (int sent = 0; sent < MAX_LINES && !streamEnded.get(); sent += 256) {
                out.write(header);
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException expected) {
            // the service stopped reading and closed the connection
        }
    }

    /** The NDJSON lines of a chunked answer; null after the last chunk. */
    private static final class ChunkedLines {
        private final InputStream in;
        private int left;
        private boolean ended;

        ChunkedLines(InputStream in) {
            this.in = in;
        }

        JsonNode next() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            while (true) {
                if (ended) {
                    return null;
                }
                if (left == 0) {
                    left = Integer.parseInt(RawHttp.readLine(in).trim(), 16);
                    if (left == 0) {
                        ended = true;
                        return null;
                    }
                }
                int b = in.read();
                if (b < 0) {
                    throw new IOException("the connection closed inside a chunk");
                }
                if (--left == 0) {
                    RawHttp.readLine(in);
                }
                if (b == '\n') {
                    return JSON.readTree(line.toByteArray());
                }
                line.write(b);
            }
        }
    }
}
