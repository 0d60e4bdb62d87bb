package org.measura.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFingerprintTest {

    private final AtomicLong now = new AtomicLong(5_000_000);

    @Test
    void aReplacedKeyFileChangesTheFingerprintWithinASecond(@TempDir Path dir) throws Exception {
        Path key = dir.resolve("public.pem");
        Files.writeString(key, "first key");
        KeyFingerprint fingerprint = KeyFingerprint.of(null, "file:" + key, now::get);
        String first = fingerprint.current();
        Files.writeString(key, "second key");
        Files.setLastModifiedTime(key, FileTime.fromMillis(Files.getLastModifiedTime(key).toMillis() + 5_000));
        assertThat(fingerprint.current()).as("looked at again only after a second").isEqualTo(first);
        now.addAndGet(1_000);
        String second = fingerprint.current();
        assertThat(second).isNotEqualTo(first);
        now.addAndGet(1_000);
        assertThat(fingerprint.current()).as("unchanged file, same fingerprint").isEqualTo(second);
    }

    @Test
    void anUnreadableKeyFileTrustsNothingVerifiedBefore(@TempDir Path dir) throws Exception {
        Path key = dir.resolve("public.pem");
        Files.writeString(key, "a key");
        KeyFingerprint fingerprint = KeyFingerprint.of(null, key.toString(), now::get);
        String before = fingerprint.current();
        Files.delete(key);
        now.addAndGet(1_000);
        String missing = fingerprint.current();
        assertThat(missing).isNotEqualTo(before);
        now.addAndGet(1_000);
        assertThat(fingerprint.current()).as("each look at a missing key is a new fingerprint").isNotEqualTo(missing);
    }

    @Test
    void anInlineKeyOrAKeyElsewhereIsFingerprintedOnce() {
        assertThat(KeyFingerprint.of("MIIB...", null, now::get).current())
                .isEqualTo(KeyFingerprint.of("MIIB...", "ignored", now::get).current())
                .isNotEqualTo(KeyFingerprint.of("MIIC...", null, now::get).current());
        assertThat(KeyFingerprint.of(null, "https://issuer.example/jwks", now::get).current())
                .isNotEqualTo(KeyFingerprint.of(null, "auth/test-public.pem", now::get).current());
    }
}
