package org.measura.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongSupplier;

/**
 * A fingerprint of the key that verifies tokens, as configured: the key itself (mp.jwt.verify.publickey), or where it
 * lies (mp.jwt.verify.publickey.location). A key in a local file is read again whenever the file's modification time
 * or size changes (looked at no more than once a second), so that replacing the file (a rotated Kubernetes secret)
 * changes the fingerprint. A key on the class path or at a URL is fingerprinted by where it lies; a key set fetched from
 * a JWKS URL can change without the fingerprint changing, which the cache's maximum age bounds.
 */
public final class KeyFingerprint {

    private static final long RECHECK_MILLIS = 1_000;

    private final String fixed;
    private final Path file;
    private final LongSupplier clockMillis;
    private volatile long checkedAtMillis;
    private volatile String fileState = "";
    private volatile String fingerprint = "";

    private KeyFingerprint(String fixed, Path file, LongSupplier clockMillis) {
        this.fixed = fixed;
        this.file = file;
        this.clockMillis = clockMillis;
        if (file != null) {
            read(clockMillis.getAsLong());
        }
    }

    /** @param inlineKey the key itself, or null; @param location where the key lies, or null */
    public static KeyFingerprint of(String inlineKey, String location, LongSupplier clockMillis) {
        if (inlineKey != null && !inlineKey.isBlank()) {
            return new KeyFingerprint("key:" + sha256(inlineKey.getBytes(StandardCharsets.UTF_8)), null, clockMillis);
        }
        if (location == null || location.isBlank()) {
            return new KeyFingerprint("none", null, clockMillis);
        }
        if (location.startsWith("file:")) {
            return new KeyFingerprint(null, Path.of(location.substring("file:".length())), clockMillis);
        }
        if (!location.contains(":") && Files.isRegularFile(Path.of(location))) {
            return new KeyFingerprint(null, Path.of(location), clockMillis);
        }
        return new KeyFingerprint("at:" + location, null, clockMillis);
    }

    public String current() {
        if (fixed != null) {
            return fixed;
        }
        long now = clockMillis.getAsLong();
        if (now - checkedAtMillis >= RECHECK_MILLIS) {
            refresh(now);
        }
        return fingerprint;
    }

    private synchronized void refresh(long now) {
        if (now - checkedAtMillis >= RECHECK_MILLIS) {
            read(now);
        }
    }

    private void read(long now) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            String state = attributes.lastModifiedTime().toMillis() + "/" + attributes.size();
            if (!state.equals(fileState)) {
                fingerprint = "file:" + sha256(Files.readAllBytes(file));
                fileState = state;
            }
        } catch (IOException e) {
            // The key cannot be read now: nothing verified earlier may be trusted on its strength.
            fingerprint = "unreadable@" + now;
            fileState = "";
        }
        checkedAtMillis = now;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
