package org.measura.auth;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Bearer tokens already verified, by their hash, each until it stops being valid: its expiry (or an earlier bound the
 * caller gives). All entries are dropped when the verification key's fingerprint changes, so that a token is never
 * accepted on the strength of a key the service no longer trusts. Bounded: when full, expired entries go first, and
 * if none had expired, all of them (the next requests verify their tokens again).
 *
 * @param <T> what a verification established (the caller's identity)
 */
public final class VerifiedTokens<T> {

    private record Entry<T>(T identity, long validUntilMillis) {
    }

    private final int capacity;
    private final LongSupplier clockMillis;
    private final ConcurrentHashMap<TokenHash, Entry<T>> entries = new ConcurrentHashMap<>();
    private volatile String keyFingerprint;

    /** @param capacity at most this many tokens are remembered (0: none, the cache is off) */
    public VerifiedTokens(int capacity, LongSupplier clockMillis) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be 0 or more");
        }
        this.capacity = capacity;
        this.clockMillis = clockMillis;
    }

    /** What verifying this token established, while still valid under this key; else null (verify it). */
    public T find(TokenHash token, String keyFingerprint) {
        if (capacity == 0 || !keyFingerprint.equals(this.keyFingerprint)) {
            return null;
        }
        Entry<T> entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (clockMillis.getAsLong() >= entry.validUntilMillis()) {
            entries.remove(token, entry);
            return null;
        }
        return entry.identity();
    }

    /** Remembers a token just verified with the key of this fingerprint, until {@code validUntilMillis}. */
    public void remember(TokenHash token, T identity, long validUntilMillis, String keyFingerprint) {
        if (capacity == 0) {
            return;
        }
        long now = clockMillis.getAsLong();
        if (validUntilMillis <= now) {
            return;
        }
        synchronized (this) {
            if (!keyFingerprint.equals(this.keyFingerprint)) {
                entries.clear();
                this.keyFingerprint = keyFingerprint;
            }
            if (entries.size() >= capacity) {
                entries.values().removeIf(e -> now >= e.validUntilMillis());
                if (entries.size() >= capacity) {
                    entries.clear();
                }
            }
            entries.put(token, new Entry<>(identity, validUntilMillis));
        }
    }

    /** The number of tokens remembered now (for tests). */
    int size() {
        return entries.size();
    }
}
