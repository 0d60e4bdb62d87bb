package org.measura.fuzz;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service (target/quarkus-app/quarkus-run.jar, as {@code mvn package} leaves it) started as its own
 * process on a free loopback port, with everything it prints (the production log) captured to a file.
 */
public final class PackagedService implements AutoCloseable {

    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final Process process;
    private final URI base;
    private final Path log;

    private PackagedService(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /**
     * @param name names the log file, target/{name}-service.log
     * @param properties system properties for the service, each "-Dkey=value"
     */
    public static PackagedService start(String name, List<String> properties) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the tests with mvn verify (it packages first)");
        }
        int port = freePort();
        Path log = Path.of("target", name + "-service.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + port);
        // Tests send requests as fast as they can; the rate limit has a test of its own (RateLimitIT).
        command.add("-Dmeasura.rate-limit.requests-per-second=0");
        command.addAll(properties);
        command.add("-jar");
        command.add(JAR.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        PackagedService service = new PackagedService(process, URI.create("http://127.0.0.1:" + port), log);
        service.awaitReady();
        return service;
    }

    public URI base() {
        return base;
    }

    Path log() {
        return log;
    }

    public String logText() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped during start-up:\n" + logText());
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(base.resolve("/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("the service was not ready within 90 s:\n" + logText());
    }

    /** Sends SIGTERM, as an orchestrator does to a pod it removes, and returns at once. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to end; false if it still runs after the timeout. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the service the way an orchestrator does (SIGTERM), so that it flushes and logs its shutdown. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
