package org.measura.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * When the deferred work begins: not when the server listens, but once the first request has been answered, once
 * something needs it, or once the time allowed after listening has passed; and each work runs once, in order.
 */
class DeferredStartOrderTest {

    private static final Duration NEVER = Duration.ofMinutes(10);

    /** Two works that record the order they ran in; {@code done} opens when both have. */
    private static final class Recorded {
        final AtomicInteger runs = new AtomicInteger();
        final StringBuffer ran = new StringBuffer();
        final CountDownLatch done = new CountDownLatch(2);

        List<DeferredWork> works() {
            return List.of(work("second", 2), work("first", 1));
        }

        private DeferredWork work(String name, int order) {
            return new DeferredWork() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public int order() {
                    return order;
                }

                @Override
                public void run() {
                    runs.incrementAndGet();
                    ran.append(name).append(' ');
                    done.countDown();
                }
            };
        }

        boolean awaitDone() throws InterruptedException {
            return done.await(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void listeningAloneDoesNotStartTheWorkNeedingItDoes() throws InterruptedException {
        Recorded recorded = new Recorded();
        DeferredStart deferred = new DeferredStart(recorded::works, NEVER);
        deferred.serverListens();
        assertThat(recorded.runs).hasValue(0);

        deferred.start();
        deferred.start();
        assertThat(recorded.awaitDone()).isTrue();
        assertThat(recorded.ran).hasToString("first second ");
        assertThat(recorded.runs).hasValue(2);
    }

    @Test
    void withoutRequestsTheWorkBeginsOnceTheTimeAllowedHasPassed() throws InterruptedException {
        Recorded recorded = new Recorded();
        DeferredStart deferred = new DeferredStart(recorded::works, Duration.ofMillis(50));
        deferred.serverListens();
        assertThat(recorded.awaitDone()).isTrue();
        assertThat(recorded.ran).hasToString("first second ");
    }

    @Test
    void theFirstRequestAnsweredStartsTheWork() throws Exception {
        Recorded recorded = new Recorded();
        DeferredStart deferred = new DeferredStart(recorded::works, NEVER);
        Vertx vertx = Vertx.vertx();
        try {
            Router router = Router.router(vertx);
            deferred.firstRequest(router);
            router.route("/answer").handler(ctx -> ctx.response().end("answered"));
            HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            deferred.serverListens();
            assertThat(recorded.runs).hasValue(0);

            HttpClient client = HttpClient.newHttpClient();
            URI answer = URI.create("http://127.0.0.1:" + server.actualPort() + "/answer");
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(answer).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.body()).isEqualTo("answered");
            }
            assertThat(recorded.awaitDone()).isTrue();
            assertThat(recorded.runs).hasValue(2);
            assertThat(router.getRoutes()).hasSize(1);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }
}
