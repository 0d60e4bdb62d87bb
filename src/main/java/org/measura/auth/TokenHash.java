package org.measura.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The SHA-256 of a bearer token: what the cache of verified tokens keys by, so that it never holds a token itself. */
public record TokenHash(long first, long second, long third, long fourth) {

    public static TokenHash of(String token) {
        ByteBuffer digest = ByteBuffer.wrap(sha256().digest(token.getBytes(StandardCharsets.US_ASCII)));
        return new TokenHash(digest.getLong(), digest.getLong(), digest.getLong(), digest.getLong());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Never the hash either: nothing about a token belongs in a log or an error message. */
    @Override
    public String toString() {
        return "TokenHash[…]";
    }
}
