package org.measura.bulk;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * When running bulk streams must stop: never while the service runs; once SIGTERM has begun the shutdown, after
 * measura.bulk.shutdown-grace. Streams ask between lines, so each stops at a line boundary and can say where.
 */
@ApplicationScoped
public class BulkShutdown {

    private static final Logger LOG = Logger.getLogger(BulkShutdown.class);

    private final Duration grace;
    private final Duration drain;
    private volatile boolean shuttingDown;
    private volatile long deadline;

    BulkShutdown(@ConfigProperty(name = "measura.bulk.shutdown-grace") Duration grace,
            @ConfigProperty(name = "measura.bulk.shutdown-drain") Duration drain) {
        this.grace = grace;
        this.drain = drain;
    }

    void onShutdownBegun(@Observes ShutdownDelayInitiatedEvent event) {
        deadline = System.nanoTime() + grace.toNanos();
        shuttingDown = true;
        LOG.infof("Shutting down: running bulk streams stop within %d s", grace.toSeconds());
    }

    /** True once the grace after SIGTERM is over. */
    boolean due() {
        return shuttingDown && System.nanoTime() - deadline >= 0;
    }

    /** How long a stopped stream reads on (and drops) what the client still sends, so its answer arrives whole. */
    Duration drain() {
        return drain;
    }
}
