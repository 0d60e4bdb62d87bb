package org.measura.fuzz;

import java.util.List;

/**
 * JSON values a hostile or broken client sends in place of a field's value, as raw JSON text (so that malformed
 * numbers and nesting deeper than any JSON writer allows can be sent too). Every string and number that is not a
 * plain boundary value carries a marker.
 */
final class HostileValues {

    enum Type { STRING, NUMBER, BOOLEAN, NULL, ARRAY, OBJECT, BROKEN }

    record Hostile(String json, Type type) {
        @Override
        public String toString() {
            return json.length() > 80 ? json.substring(0, 80) + "...(" + json.length() + " chars)" : json;
        }
    }

    private static final List<String> TRICKY_STRINGS = List.of(
            "zqv\"quoted\\ and /slashed/", "zqv\n\r\t", "zqv\\u0000nul", "zqv\\ud800lone-surrogate",
            "zqv\\u202eright-to-left", "zqv😀emoji", "<script>zqv</script>", "zqv%s%n%d%x", "${jndi:ldap://zqv}",
            "zqv{}{0}", "zqv' OR '1'='1", "../../zqv", "2026-02-30zqv", "zqv2026-03-02", "2026-13-45T99:99:99Zzqv",
            "phq9zqv", "zqv phq9", "PHQ9zqv", "zqv\\u0085next-line", "zqv\\u2028line-separator", " zqv ");
    private static final List<String> MARKER_NUMBERS = List.of(
            "918273645", "-918273645", "918273645918", "-918273645918", "918273645.5", "0.918273645",
            "9.18273645e8", "9.18273645E300", "-9.18273645e300", "9.18273645e-300", "9.18273645e400",
            "9.18273645e-400", "918273645918273645918273645", "9182736459182736459182736459182736459182736459",
            "918273645918273645918273645918273645918273645918273645918273645");
    private static final List<String> BOUNDARY_NUMBERS = List.of(
            "0", "-0", "-0.0", "1", "-1", "0.5", "2147483647", "2147483648", "-2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e308", "-1e308", "1.7976931348623157e308",
            "4.9e-324", "1e-400", "1E+2");
    /**
     * Finite numbers at the edges of a double and of 64-bit integers: near the largest double, large enough that a
     * product or square overflows, subnormal, and whole numbers beyond 64 bits.
     */
    static final List<String> EXTREME_NUMBERS = List.of(
            "9.18273645e307", "-9.18273645e307", "1.918273645e308", "9.18273645e200", "-9.18273645e200",
            "9.18273645e154", "9.18273645e15", "9.18273645e-310", "-9.18273645e-310", "4.918273645e-324",
            "9.18273645e-200", "9.18273645e-15", "918273645918273645918273645", "-918273645918273645918273645",
            "1e308", "-1e308", "1.7976931348623157e308", "4.9e-324", "2.2250738585072014e-308", "1e154", "1e-154",
            "9223372036854775808", "-9223372036854775809", "18446744073709551616");
    private static final List<String> BROKEN = List.of(
            "NaN", "Infinity", "-Infinity", "01", "1.", ".5", "+1", "1e", "0x10", "tru", "nul", "'zqv'", "zqv",
            "\"zqv", "\"zqv\u0001\"", "[\"zqv\",]", "{\"kqk\":\"zqv\",}", "{\"kqk\" \"zqv\"}", "[\"zqv\"");

    private HostileValues() {
    }

    static Gen<Hostile> any() {
        return Gen.frequency(
                Gen.weight(8, strings()),
                Gen.weight(6, numbers()),
                Gen.weight(2, literals()),
                Gen.weight(3, containers()),
                Gen.weight(2, deep()),
                Gen.weight(2, broken()));
    }

    private static final List<String> WRONG_FOR_STRING = List.of("918273645", "true", "[\"zqv\"]", "{\"kqk\": \"zqv\"}", "null");
    private static final List<String> WRONG_FOR_NUMBER = List.of("\"918273645\"", "\"zqv\"", "true", "[918273645]", "{\"kqk\": 918273645}", "null");
    private static final List<String> WRONG_FOR_INTEGER = List.of("918273645.5", "0.918273645", "9.18273645e8", "\"918273645\"", "[918273645]", "null");
    private static final List<String> WRONG_FOR_CONTAINER = List.of("\"zqv\"", "918273645", "false", "null");

    /**
     * A value of another JSON type than the one the schema names: the candidate when it already is one, else one
     * of a fixed list (an integer field also gets fractions and exponents).
     */
    static Hostile wrongType(String schemaType, Hostile candidate, int selector) {
        boolean fits = switch (schemaType) {
            case "string" -> candidate.type() == Type.STRING;
            case "integer", "number" -> candidate.type() == Type.NUMBER;
            case "boolean" -> candidate.type() == Type.BOOLEAN;
            case "array" -> candidate.type() == Type.ARRAY;
            case "object" -> candidate.type() == Type.OBJECT;
            default -> false;
        };
        if (!fits) {
            return candidate;
        }
        List<String> wrong = switch (schemaType) {
            case "string" -> WRONG_FOR_STRING;
            case "integer" -> WRONG_FOR_INTEGER;
            case "number" -> WRONG_FOR_NUMBER;
            default -> WRONG_FOR_CONTAINER;
        };
        return new Hostile(wrong.get(selector % wrong.size()), Type.BROKEN);
    }

    static Gen<Hostile> strings() {
        return Gen.frequency(
                Gen.weight(5, Gen.between(0, 999_999).map(n -> "zqv" + n)
                        .map(HostileValues::string)),
                Gen.weight(4, Gen.of(TRICKY_STRINGS).map(s -> s.contains("\\u")
                        ? new Hostile("\"" + s.replace("\"", "\\\"") + "\"", Type.STRING) : string(s))),
                Gen.weight(2, longStrings()),
                Gen.weight(1, Gen.of("", " ").map(HostileValues::string)));
    }

    /** Mostly within the string limit, some just around it, a few far beyond it. */
    static Gen<Hostile> longStrings() {
        return Gen.frequency(
                        Gen.weight(8, Gen.between(100, 3_000)),
                        Gen.weight(2, Gen.between(19_990, 20_010)),
                        Gen.weight(1, Gen.between(20_011, 120_000)))
                .map(length -> string(fill("zqv-long-", length)));
    }

    static Gen<Hostile> numbers() {
        return Gen.frequency(
                Gen.weight(5, Gen.of(MARKER_NUMBERS)),
                Gen.weight(3, Gen.of(BOUNDARY_NUMBERS)),
                Gen.weight(2, Gen.between(1, 12)
                        .map(repeat -> "918273645".repeat(repeat))))
                .map(n -> new Hostile(n, Type.NUMBER));
    }

    static Gen<Hostile> extremeNumbers() {
        return Gen.of(EXTREME_NUMBERS).map(n -> new Hostile(n, Type.NUMBER));
    }

    static Gen<Hostile> literals() {
        return Gen.of("true", "false", "null").map(l -> new Hostile(l,
                l.equals("null") ? Type.NULL : Type.BOOLEAN));
    }

    static Gen<Hostile> containers() {
        return Gen.oneOf(arrays(), objects());
    }

    static Gen<Hostile> arrays() {
        return Gen.of("[]", "[\"zqv-in-array\"]", "[918273645, \"zqv\", null, true, {\"kqk\": \"zqv\"}]",
                "[[\"zqv\"]]", "[1, 2, 3]").map(a -> new Hostile(a, Type.ARRAY));
    }

    static Gen<Hostile> objects() {
        return Gen.of("{}", "{\"kqk\": \"zqv-in-object\"}", "{\"kqk\": 918273645}",
                "{\"kqk\": {\"kqk\": [\"zqv\"]}}", "{\"1\": \"zqv\", \"2\": 918273645}",
                "{\"resourceType\": \"zqv\"}").map(o -> new Hostile(o, Type.OBJECT));
    }

    /** Nesting around the configured depth limit, and far beyond it. */
    static Gen<Hostile> deep() {
        return Gen.frequency(
                        Gen.weight(4, Gen.between(2, 40)),
                        Gen.weight(1, Gen.between(900, 1_100)),
                        Gen.weight(1, Gen.between(5_000, 20_000)))
                .flatMap(depth -> Gen.of(true, false).map(arrays -> arrays
                        ? new Hostile("[".repeat(depth) + "\"zqv-deep\"" + "]".repeat(depth), Type.ARRAY)
                        : new Hostile("{\"kqk\":".repeat(depth) + "918273645" + "}".repeat(depth), Type.OBJECT)));
    }

    static Gen<Hostile> broken() {
        return Gen.of(BROKEN).map(b -> new Hostile(b, Type.BROKEN));
    }

    static Hostile string(String value) {
        return new Hostile(quote(value), Type.STRING);
    }

    static String quote(String value) {
        try {
            return Requests.JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fill(String unit, int length) {
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit);
        }
        text.setLength(length);
        return text.toString();
    }
}
