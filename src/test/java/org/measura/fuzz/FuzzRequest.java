package org.measura.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request the fuzzer sends.
 *
 * @param target path and query, already percent-encoded
 * @param what the mutations applied, for a failure report
 */
record FuzzRequest(String operation, String method, String target, Map<String, String> headers, byte[] body,
        String what) {

    @Override
    public String toString() {
        String text = new String(body, StandardCharsets.UTF_8);
        String preview = text.length() > 400 ? text.substring(0, 400) + "... (" + body.length + " bytes)" : text;
        return method + " " + target + " " + headers + " [" + what + "] " + preview;
    }
}
