package org.measura.fuzz;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every value a fuzzed request submits carries a marker, so that an echo can be found in an answer or in the log:
 * strings contain {@value #VALUE}, numbers contain the digits {@value #NUMBER}. Field names and FHIR linkIds the
 * fuzzer invents carry {@value #KEY} instead: an answer may name them (a JSON Pointer names the field it points at),
 * the log may not. Invented identifiers that break the echo rule (docs/security.md: markup, quotes, control
 * characters, over 64 characters) carry {@value #UNSAFE_KEY}: neither an answer, not even in a pointer, nor the log
 * may hold them.
 */
final class Markers {

    static final String VALUE = "zqv";
    static final String NUMBER = "918273645";
    static final String KEY = "kqk";
    static final String UNSAFE_KEY = "kqu";
    /** The echo rule's safe identifiers, as the service applies it. */
    static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");

    private static final Pattern VALUE_MARKER = Pattern.compile("zqv|918273645", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_MARKER = Pattern.compile("zqv|918273645|kqk|kqu", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNSAFE_MARKER = Pattern.compile("kqu", Pattern.CASE_INSENSITIVE);

    private Markers() {
    }

    /** The value markers found in a text, where a number also counts when written with a decimal point (9.18273645E8). */
    static Set<String> values(String text) {
        return found(VALUE_MARKER, text);
    }

    /** Markers of identifiers the echo rule forbids naming, found in a text. */
    static Set<String> unsafeKeys(String text) {
        return found(UNSAFE_MARKER, text);
    }

    /** Value and key markers found in a text. */
    static Set<String> any(String text) {
        return found(ANY_MARKER, text);
    }

    private static Set<String> found(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        if (text == null) {
            return found;
        }
        Matcher m = pattern.matcher(text.replace(".", ""));
        while (m.find()) {
            found.add(m.group().toLowerCase(Locale.ROOT));
        }
        return found;
    }
}
