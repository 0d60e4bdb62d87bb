package org.measura.lifecycle;

import io.quarkus.vertx.http.HttpServerStart;
import io.quarkus.vertx.http.HttpsServerStart;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Runs every {@link DeferredWork} on one thread of its own, in order, once the HTTP server listens (Quarkus's
 * {@code HttpServerStart}), not before: on the pod's one CPU the work would otherwise take its share of the CPU from
 * the start-up itself (docs/operations.md, Start-up). Whatever needs deferred work before then (a FHIR request, a
 * readiness check) calls {@link #start()}, which starts the thread if nothing has yet. Each work's time is logged
 * here; the work itself logs only what went wrong.
 */
@Singleton
public class DeferredStart {

    private static final Logger LOG = Logger.getLogger(DeferredStart.class);

    private final Instance<DeferredWork> work;
    private final AtomicBoolean started = new AtomicBoolean();

    DeferredStart(@Any Instance<DeferredWork> work) {
        this.work = work;
    }

    void listening(@ObservesAsync HttpServerStart started) {
        start();
    }

    void listening(@ObservesAsync HttpsServerStart started) {
        start();
    }

    /** Starts the deferred thread unless it has started already. */
    public void start() {
        if (started.compareAndSet(false, true)) {
            Thread thread = new Thread(this::runAll, "deferred-start");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void runAll() {
        List<DeferredWork> ordered = work.stream().sorted(Comparator.comparingInt(DeferredWork::order)).toList();
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
