package org.measura.lifecycle;

/**
 * Work the first request does not need, done by {@link DeferredStart} after the HTTP server listens instead of on the
 * start-up path. Whoever does it keeps its own state. Work the service needs before it takes traffic has a readiness
 * check that stays down until the work is done; a warm-up that whoever needs it can also do itself has none.
 */
public interface DeferredWork {

    /** What the work is, for the log. */
    String name();

    /** The order among the deferred work (smaller first). */
    int order();

    /**
     * Does the work, on the deferred thread; a failure is the work's own to record (and its readiness check, if it has
     * one, stays down).
     */
    void run();
}
