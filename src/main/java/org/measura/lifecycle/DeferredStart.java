package org.measura.lifecycle;

import io.quarkus.vertx.http.HttpServerStart;
import io.quarkus.vertx.http.HttpsServerStart;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs every {@link DeferredWork} on one thread of its own, in order, after the HTTP server listens (Quarkus's
 * {@code HttpServerStart}), not before: on the pod's one CPU the work would otherwise take its share of the CPU from
 * the start-up itself. Nor does it take it from the first request: the thread waits until the first request has been
 * answered, or something needs the work (a FHIR request, a readiness check: {@link #start()}), or
 * {@link #AFTER_LISTENING} has passed, whichever comes first (docs/operations.md, Start-up). Each work's time is
 * logged here; the work itself logs only what went wrong.
 */
@Singleton
public class DeferredStart {

    /** The longest the work waits, once the server listens, for the first request to be answered. */
    static final Duration AFTER_LISTENING = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(DeferredStart.class);

    private final Supplier<List<DeferredWork>> work;
    private final Duration afterListening;
    private final AtomicBoolean threadStarted = new AtomicBoolean();
    private final CountDownLatch needed = new CountDownLatch(1);

    @Inject
    DeferredStart(@Any Instance<DeferredWork> work) {
        this(() -> work.stream().toList(), AFTER_LISTENING);
    }

    DeferredStart(Supplier<List<DeferredWork>> work, Duration afterListening) {
        this.work = work;
        this.afterListening = afterListening;
    }

    void listening(@ObservesAsync HttpServerStart started) {
        serverListens();
    }

    void listening(@ObservesAsync HttpsServerStart started) {
        serverListens();
    }

    /** The first request answered starts the work; the route that notices it then takes itself out. */
    void firstRequest(@Observes Router router) {
        Route route = router.route().order(Integer.MIN_VALUE);
        route.handler(ctx -> {
            ctx.addEndHandler(ended -> start());
            route.remove();
            ctx.next();
        });
    }

    /** The server listens: the thread starts and waits for the first request, or for at most the time allowed. */
    void serverListens() {
        startThread();
    }

    /** The work is needed now: it starts at once (on its thread, started here if it has not been yet). */
    public void start() {
        needed.countDown();
        startThread();
    }

    private void startThread() {
        if (threadStarted.compareAndSet(false, true)) {
            Thread thread = new Thread(this::runAll, "deferred-start");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void runAll() {
        try {
            needed.await(afterListening.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        List<DeferredWork> ordered = work.get().stream().sorted(Comparator.comparingInt(DeferredWork::order)).toList();
        for (DeferredWork each : ordered) {
            long start = System.nanoTime();
            try {
                each.run();
                LOG.infof("Deferred start-up work '%s' ended after %d ms", each.name(),
                        (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException | LinkageError e) {
                // The work records its own failure; this only keeps the rest of the deferred work going.
                LOG.errorf("Deferred start-up work '%s' failed (%s)", each.name(), e.getClass().getName());
            }
        }
    }
}
