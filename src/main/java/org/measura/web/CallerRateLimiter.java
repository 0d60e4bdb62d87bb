package org.measura.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per caller: each caller may send {@code requestsPerSecond} requests a second, in bursts of up to
 * one second's worth. A rate of 0 turns limiting off. Callers idle for a minute are forgotten, so the table holds only
 * recent callers.
 */
final class CallerRateLimiter {

    private static final long IDLE_NANOS = 60_000_000_000L;
    private static final int SWEEP_EVERY = 4_096;

    private final double perNano;
    private final double burst;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private int untilSweep = SWEEP_EVERY;

    /** @param requestsPerSecond requests per second per caller; 0 turns limiting off */
    CallerRateLimiter(double requestsPerSecond, LongSupplier clock) {
        this.perNano = requestsPerSecond / 1e9;
        this.burst = Math.max(1, requestsPerSecond);
        this.clock = clock;
    }

    boolean off() {
        return perNano <= 0;
    }

    /** @return 0 when the request may go ahead, else the whole seconds (at least 1) until the caller may retry */
    long acquire(String caller) {
        if (off()) {
            return 0;
        }
        long now = clock.getAsLong();
        sweep(now);
        Bucket bucket = buckets.computeIfAbsent(caller, c -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.last) * perNano);
            bucket.last = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perNano / 1e9));
        }
    }

    private void sweep(long now) {
        if (--untilSweep > 0) {
            return;
        }
        untilSweep = SWEEP_EVERY;
        buckets.values().removeIf(b -> now - b.last > IDLE_NANOS);
    }

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }
    }
}
