package org.measura.web;

import org.measura.api.ProblemType;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stops taking new requests during a graceful shutdown (docs/operations.md#graceful-shutdown). From SIGTERM the
 * readiness check is down, but for quarkus.shutdown.delay requests are still served while the Service stops routing
 * here; after it, each new request gets a 503 shutting-down problem (an OperationOutcome on /fhir) and its connection
 * is closed, so the client retries on a ready replica. Requests already in flight go on. /q/ paths (health, metrics)
 * stay open so that probes and scrapes see the shutdown.
 */
@Singleton
public class ShutdownGate {

    public static final String DETAIL = "This replica is shutting down and takes no new requests; send the request "
            + "again and another replica will answer it.";

    private final Duration delay;
    private final BodyLimitProblems problems;
    private volatile boolean shuttingDown;
    private volatile long refuseFrom;

    ShutdownGate(@ConfigProperty(name = "quarkus.shutdown.delay", defaultValue = "0S") Duration delay,
            BodyLimitProblems problems) {
        this.delay = delay;
        this.problems = problems;
    }

    void onShutdownBegun(@Observes ShutdownDelayInitiatedEvent event) {
        refuseFrom = System.nanoTime() + delay.toNanos();
        shuttingDown = true;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (refusing() && !ctx.normalizedPath().startsWith("/q/")) {
                problems.refuse(ctx, ProblemType.SHUTTING_DOWN, DETAIL);
            } else {
                ctx.next();
            }
        });
    }

    private boolean refusing() {
        return shuttingDown && System.nanoTime() - refuseFrom >= 0;
    }
}
