package org.measura.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.measura.fuzz.HostileValues.Hostile;
import org.measura.fuzz.OpenApiDocument.Operation;
import org.measura.fuzz.OpenApiDocument.Parameter;

/**
 * Mutated requests for one documented operation: its documented examples with fields replaced, removed, added,
 * retyped against the schema, pushed past documented limits; broken JSON and bodies of the wrong kind; wrong and odd
 * content types and Accept headers; odd path parameters, queries and methods.
 */
final class Requests {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> KNOWN_FIELDS = List.of("responses", "coding", "norms", "definition",
            "instrument", "administrations", "measures", "options", "scores", "date", "session", "phase", "method",
            "resourceType", "status", "item", "linkId", "answer", "valueInteger", "valueCoding", "questionnaire",
            "parameter", "name", "resource", "contained", "extension", "id", "url", "code");
    private static final List<String> ODD_SEGMENTS = List.of("zqv%20x", "zqv%2F..%2Fq%2Fhealth", "..", ".", "%2e%2e",
            "zqv%00", "zqv%25", "zqv%C3%A9", "zqv;kqk=1", "PHQ9", "zqv%0d%0aX-Injected:%20zqv",
            "zqv%22%3E%3Cscript%3E", "-918273645", "918273645", "zqv$score", "%24score", "zqv%7B%7D", "zqv*",
            "zqv%5Cx", "_search", "%20");
    private static final List<String> ODD_QUERIES = List.of("", "?zqv=zqv", "?url=zqv", "?url=", "?kqk",
            "?url=zqv&url=zqv918273645", "?_format=xml", "?url=https%3A%2F%2Fmeasura.example%2Ffhir%2FQuestionnaire%2Fzqv",
            "?url=zqv%7C1.0", "?_count=918273645", "?responses=%7B%22zqv%22%7D");
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=zqv", "application/zqv+json", "zqv",
            "application/json; charset=zqv", "application/fhir+xml", "text/json", "application/merge-patch+json",
            "application/json; charset=UTF-16", "*/*");
    private static final List<String> ACCEPTS = List.of("*/*", "application/json", "application/problem+json",
            "application/fhir+json", "text/html", "application/xml", "zqv/zqv", "zqv", "application/json;q=0",
            "text/plain, application/json;q=0.1", "application/schema+json");
    private static final List<String> BODIES = List.of("", " ", "null", "[]", "{}", "\"zqv\"", "918273645", "zqv",
            "<?xml version=\"1.0\"?><zqv>918273645</zqv>", "responses=zqv&coding=918273645",
            "{\"responses\":{\"1\":zqv}}", "{\"responses\": 918273645", "{{\"zqv\"}}", "[\"zqv\", 918273645]",
            "{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"zqv\"}", "{\"kqk\": \"zqv\"}");
    /** Inserted anywhere, in a key as likely as in a value, so they carry the key marker. */
    private static final List<String> GARBAGE = List.of("{", "}", "[", "]", "\"", ",", ":", "kqk", "\\", "\u0000",
            "/*kqk*/", "//kqk\n", "'kqk'", "NaN", "\uFEFF", "-", "\"kqk\":\"kqk\",");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    private static final String PLACEHOLDER = "@@hostile-%d@@";

    private Requests() {
    }

    /**
     * @param extraSeeds further valid bodies (e.g. an inline definition as GET /instruments/{id} returns it)
     */
    static Gen<FuzzRequest> of(OpenApiDocument doc, Operation op, List<JsonNode> extraSeeds) {
        List<JsonNode> seeds = new ArrayList<>(op.examples());
        seeds.addAll(extraSeeds);
        List<Gen.Weighted<FuzzRequest>> kinds = new ArrayList<>();
        if (op.hasBody()) {
            kinds.add(Gen.weight(60, treeMutations(doc, op, seeds)));
            kinds.add(Gen.weight(15, rawMutations(op, seeds)));
            kinds.add(Gen.weight(8, contentTypes(op, seeds)));
        } else {
            kinds.add(Gen.weight(35, queriesAndHeaders(op)));
            kinds.add(Gen.weight(15, bodiesOnGet(op)));
        }
        kinds.add(Gen.weight(op.path().contains("{") ? 20 : 8, paths(op, seeds)));
        kinds.add(Gen.weight(6, methods(op)));
        kinds.add(Gen.weight(4, accepts(op, seeds)));
        return Gen.frequency(kinds);
    }

    // --- mutations of a documented example, guided by the schema

    enum Kind {
        REPLACE, REMOVE, ADD, WRONG_TYPE, DROP_REQUIRED, OFF_ENUM, OVER_MAX_ITEMS, DUPLICATE_ELEMENT, RENAME,
        EXTREME_NUMBER, HOSTILE_ID
    }

    /** Resource and element ids FHIR's id type refuses (markup, NUL, spaces, over 64 characters), and one it takes. */
    private static final List<String> HOSTILE_IDS = List.of("<b>zqv</b>", "zqv\u0000", "zqv with spaces",
            "zqv/../x", "zqv\"quoted", "zqv" + "-".repeat(62), HostileValues.fill("zqv-long-id-", 100_000), "zqv-ok.1");

    record Mutation(Kind kind, int selector, Hostile value, String key) {
        @Override
        public String toString() {
            return kind + "#" + selector + (key == null ? "" : " key=" + key) + " value=" + value;
        }
    }

    private static Gen<Mutation> mutation() {
        Gen<Kind> kinds = Gen.frequency(Gen.weightOf(30, Kind.REPLACE), Gen.weightOf(12, Kind.REMOVE),
                Gen.weightOf(12, Kind.ADD), Gen.weightOf(20, Kind.WRONG_TYPE), Gen.weightOf(8, Kind.DROP_REQUIRED),
                Gen.weightOf(6, Kind.OFF_ENUM), Gen.weightOf(2, Kind.OVER_MAX_ITEMS), Gen.weightOf(4, Kind.DUPLICATE_ELEMENT),
                Gen.weightOf(8, Kind.RENAME), Gen.weightOf(12, Kind.EXTREME_NUMBER),
                Gen.weightOf(4, Kind.HOSTILE_ID));
        Gen<String> keys = Gen.frequency(
                Gen.weight(5, Gen.between(0, 9999).map(n -> Markers.KEY + n)),
                Gen.weight(3, Gen.of(KNOWN_FIELDS)),
                Gen.weight(1, Gen.of("", "kqu/~0~1", "kqu\"\\", "kqu\n", "KQK-Responses", "kqu" + "x".repeat(300),
                        "<img src=x onerror=kqu(1)>", "kqu\u0000nul", "kqu with spaces", "kqk:safe/id-1.2")));
        Gen<Integer> selectors = Gen.between(0, 100_000);
        Gen<Hostile> values = HostileValues.any();
        return random -> new Mutation(kinds.next(random), selectors.next(random), values.next(random),
                keys.next(random));
    }

    private static Gen<FuzzRequest> treeMutations(OpenApiDocument doc, Operation op, List<JsonNode> seeds) {
        Gen<Integer> seedIndex = Gen.between(0, seeds.size() - 1);
        Gen<List<Mutation>> mutationLists = mutation().list(1, 3);
        Gen<String> targets = targets(op, 12);
        return random -> {
            int seed = seedIndex.next(random);
            List<Mutation> mutations = mutationLists.next(random);
            String target = targets.next(random);
            Mutated mutated = mutate(doc, op, seeds.get(seed), mutations);
            return new FuzzRequest(op.key(), op.method(), target, headers(op.mediaTypes().get(0), null),
                    mutated.body.getBytes(StandardCharsets.UTF_8), "seed " + seed + " " + mutated.applied);
        };
    }

    private record Mutated(String body, List<String> applied) {
    }

    private static Mutated mutate(OpenApiDocument doc, Operation op, JsonNode seed, List<Mutation> mutations) {
        JsonNode root = seed.deepCopy();
        Map<String, String> raw = new LinkedHashMap<>();
        List<String> applied = new ArrayList<>();
        for (Mutation m : mutations) {
            List<Located> nodes = Located.all(root);
            String placeholder = String.format(PLACEHOLDER, raw.size());
            switch (m.kind()) {
                case REPLACE -> {
                    Located at = pick(nodes, m.selector(), l -> l.parent() != null);
                    if (at != null) {
                        at.replace(TextNode.valueOf(placeholder));
                        raw.put(placeholder, valueFor(at.field(), at.pointer(), m.value()).json());
                        applied.add("replace " + at.pointer() + " with " + m.value());
                    }
                }
                case REMOVE -> {
                    Located at = pick(nodes, m.selector(), l -> l.field() != null);
                    if (at != null) {
                        ((ObjectNode) at.parent()).remove(at.field());
                        applied.add("remove " + at.pointer());
                    }
                }
                case ADD -> {
                    Located at = pick(nodes, m.selector(), l -> l.node().isObject());
                    if (at != null) {
                        ((ObjectNode) at.node()).put(m.key(), placeholder);
                        raw.put(placeholder, valueFor(m.key(), at.pointer() + "/" + m.key(), m.value()).json());
                        applied.add("add " + at.pointer() + "/" + m.key() + " = " + m.value());
                    }
                }
                case WRONG_TYPE -> {
                    Located at = pick(nodes, m.selector(), l -> l.parent() != null && typeOf(doc, op, l) != null);
                    if (at != null) {
                        Hostile wrong = HostileValues.wrongType(typeOf(doc, op, at), m.value(), m.selector());
                        at.replace(TextNode.valueOf(placeholder));
                        raw.put(placeholder, valueFor(at.field(), at.pointer(), wrong).json());
                        applied.add("retype " + at.pointer() + " (" + typeOf(doc, op, at) + ") as " + wrong);
                    }
                }
                case DROP_REQUIRED -> {
                    Located at = pick(nodes, m.selector(), l -> l.field() != null && required(doc, op, l));
                    if (at != null) {
                        ((ObjectNode) at.parent()).remove(at.field());
                        applied.add("drop required " + at.pointer());
                    }
                }
                case OFF_ENUM -> {
                    Located at = pick(nodes, m.selector(), l -> l.parent() != null && schema(doc, op, l) != null
                            && schema(doc, op, l).has("enum"));
                    if (at != null) {
                        at.replace(TextNode.valueOf((identifier(at.field(), at.pointer()) ? Markers.KEY : Markers.VALUE)
                                + "-" + at.node().asText()));
                        applied.add("off-enum " + at.pointer());
                    }
                }
                case OVER_MAX_ITEMS -> {
                    Located at = pick(nodes, m.selector(), l -> l.node().isArray() && l.node().size() > 0);
                    if (at != null) {
                        JsonNode max = schema(doc, op, at) == null ? null : schema(doc, op, at).get("maxItems");
                        int count = max == null ? 1_001 : max.asInt() + 1;
                        ArrayNode array = (ArrayNode) at.node();
                        JsonNode first = array.get(0);
                        while (array.size() < count) {
                            array.add(first.deepCopy());
                        }
                        applied.add("grow " + at.pointer() + " to " + count);
                    }
                }
                case RENAME -> {
                    // An identifier the request uses in several places (a measure id and the administrations that
                    // name it, an item id and the scales listing it), replaced everywhere: the request stays
                    // consistent, other mutations make it fail. Identifiers may be named in an error (see above).
                    List<String> ids = nodes.stream()
                            .filter(l -> l.node().isTextual() && !"linkId".equals(l.field()))
                            .map(l -> l.node().asText()).filter(t -> nodes.stream()
                                    .filter(o -> o.node().isTextual() && o.node().asText().equals(t)).count() > 1)
                            .distinct().toList();
                    if (!ids.isEmpty()) {
                        String id = ids.get(m.selector() % ids.size());
                        String renamed = Markers.KEY + "-id-" + m.selector();
                        nodes.stream().filter(l -> l.node().isTextual() && l.node().asText().equals(id)
                                && !"linkId".equals(l.field())).forEach(l -> l.replace(TextNode.valueOf(renamed)));
                        applied.add("rename " + id + " to " + renamed);
                    }
                }
                case EXTREME_NUMBER -> {
                    // Every figure a request carries, one at a time: near 1e308, overflowing products and squares,
                    // subnormal, beyond 64 bits. Each must be refused with a pointer or computed finitely.
                    Located at = pick(nodes, m.selector(), l -> l.parent() != null && l.node().isNumber());
                    if (at != null) {
                        Hostile extreme = new Hostile(HostileValues.EXTREME_NUMBERS.get(m.selector()
                                % HostileValues.EXTREME_NUMBERS.size()), HostileValues.Type.NUMBER);
                        at.replace(TextNode.valueOf(placeholder));
                        raw.put(placeholder, valueFor(at.field(), at.pointer(), extreme).json());
                        applied.add("extreme " + at.pointer() + " = " + extreme);
                    }
                }
                case HOSTILE_ID -> {
                    Located at = pick(nodes, m.selector(), l -> "id".equals(l.field()) || "linkId".equals(l.field()));
                    if (at != null) {
                        Hostile id = HostileValues.string(HOSTILE_IDS.get(m.selector() % HOSTILE_IDS.size()));
                        at.replace(TextNode.valueOf(placeholder));
                        raw.put(placeholder, valueFor(at.field(), at.pointer(), id).json());
                        applied.add("id " + at.pointer() + " = " + id);
                    }
                }
                case DUPLICATE_ELEMENT -> {
                    Located at = pick(nodes, m.selector(), l -> l.node().isArray() && l.node().size() > 0);
                    if (at != null) {
                        ArrayNode array = (ArrayNode) at.node();
                        array.add(array.get(m.selector() % array.size()).deepCopy());
                        applied.add("duplicate an element of " + at.pointer());
                    }
                }
            }
        }
        String body = write(root);
        for (Map.Entry<String, String> e : raw.entrySet()) {
            body = body.replace(HostileValues.quote(e.getKey()), e.getValue());
        }
        return new Mutated(body, applied);
    }

    /**
     * Identifiers the caller defines and an error may name to locate a fault, as a JSON Pointer names a key: a FHIR
     * linkId or Parameters name, a caller's measure id, and everything inside an inline instrument definition (the
     * caller's own instrument, whose faults are explained with its own ids and figures: "overlaps the band before it,
     * which ends at 4"). Values there get key markers, so they are checked against the log but may be named in an
     * answer. Everything else (answers, names, dates, codings, norms, scores, FHIR values) gets value markers.
     */
    static boolean identifier(String field, String pointer) {
        return "linkId".equals(field) || ("name".equals(field) && pointer.contains("/parameter/"))
                || ("id".equals(field) && pointer.startsWith("/measures/"))
                || pointer.startsWith("/definition/") || pointer.contains("/definition/");
    }

    private static Hostile valueFor(String field, String pointer, Hostile value) {
        return identifier(field, pointer) ? keyed(value) : value;
    }

    /**
     * A value as an identifier: a string gets the key marker when the echo rule lets the service name it, else the
     * unsafe-key marker; a number loses its marker (a number is always safe to name); the strings inside arrays,
     * objects and broken JSON are all safe ones, so they get the key marker.
     */
    private static Hostile keyed(Hostile value) {
        String json = value.json().replace("9.18273645", "1.234567").replace(Markers.NUMBER, "1234567");
        if (value.type() == HostileValues.Type.STRING) {
            try {
                String text = JSON.readValue(json, String.class);
                String marker = Markers.SAFE_ID.matcher(text.replace(Markers.VALUE, Markers.KEY)).matches()
                        ? Markers.KEY : Markers.UNSAFE_KEY;
                return new Hostile(json.replace(Markers.VALUE, marker), value.type());
            } catch (java.io.IOException e) {
                return new Hostile(json.replace(Markers.VALUE, Markers.UNSAFE_KEY), value.type());
            }
        }
        return new Hostile(json.replace(Markers.VALUE, Markers.KEY), value.type());
    }

    private static JsonNode schema(OpenApiDocument doc, Operation op, Located at) {
        return op.schema() == null ? null : doc.schemaAt(op.schema(), at.path());
    }

    private static String typeOf(OpenApiDocument doc, Operation op, Located at) {
        JsonNode schema = schema(doc, op, at);
        return schema == null || !schema.has("type") ? null : schema.get("type").asText();
    }

    private static boolean required(OpenApiDocument doc, Operation op, Located at) {
        if (op.schema() == null) {
            return false;
        }
        JsonNode parent = doc.schemaAt(op.schema(), at.path().subList(0, at.path().size() - 1));
        if (parent == null) {
            return false;
        }
        for (JsonNode name : parent.path("required")) {
            if (name.asText().equals(at.field())) {
                return true;
            }
        }
        return false;
    }

    private static Located pick(List<Located> nodes, int selector, java.util.function.Predicate<Located> fits) {
        List<Located> candidates = nodes.stream().filter(fits).toList();
        return candidates.isEmpty() ? null : candidates.get(selector % candidates.size());
    }

    /** A node of a JSON tree with its parent and where it hangs. */
    record Located(JsonNode parent, String field, int index, JsonNode node, List<String> path) {

        static List<Located> all(JsonNode root) {
            List<Located> all = new ArrayList<>();
            walk(null, null, -1, root, List.of(), all);
            return all;
        }

        private static void walk(JsonNode parent, String field, int index, JsonNode node, List<String> path,
                List<Located> all) {
            all.add(new Located(parent, field, index, node, path));
            if (node.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                List<Map.Entry<String, JsonNode>> copy = new ArrayList<>();
                fields.forEachRemaining(copy::add);
                for (Map.Entry<String, JsonNode> e : copy) {
                    List<String> child = new ArrayList<>(path);
                    child.add(e.getKey());
                    walk(node, e.getKey(), -1, e.getValue(), child, all);
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    List<String> child = new ArrayList<>(path);
                    child.add(Integer.toString(i));
                    walk(node, null, i, node.get(i), child, all);
                }
            }
        }

        void replace(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(field, value);
            } else if (parent instanceof ArrayNode a) {
                a.set(index, value);
            }
        }

        String pointer() {
            return "/" + String.join("/", path);
        }
    }

    // --- bodies broken below the level of JSON values

    private static Gen<FuzzRequest> rawMutations(Operation op, List<JsonNode> seeds) {
        Gen<Integer> seed = Gen.between(0, seeds.size() - 1);
        Gen<Integer> position = Gen.between(0, 1_000_000);
        Gen<String> garbage = Gen.of(GARBAGE);
        return Gen.frequency(
                Gen.weight(4, random -> {
                    int s = seed.next(random);
                    int p = position.next(random);
                    String body = write(seeds.get(s));
                    int cut = p % Math.max(1, body.length());
                    return body(op, body.substring(0, cut) + "zqv", "truncate seed " + s + " at " + cut);
                }),
                Gen.weight(5, random -> {
                    int s = seed.next(random);
                    int p = position.next(random);
                    String g = garbage.next(random);
                    String body = write(seeds.get(s));
                    int at = p % Math.max(1, body.length());
                    return body(op, body.substring(0, at) + g + body.substring(at), "insert " + g.strip()
                            + " into seed " + s + " at " + at);
                }),
                Gen.weight(2, seed.map(s -> body(op, duplicateFirstField(seeds.get(s)), "repeat a field of seed " + s))),
                Gen.weight(4, Gen.of(BODIES).map(b -> body(op, b, "body " + b))),
                Gen.weight(2, seed.map(s -> body(op, write(seeds.get(s)) + " zqv", "trailing text after seed " + s))),
                Gen.weight(1, seed.map(s -> body(op, write(seeds.get(s)) + write(seeds.get(s)), "two documents"))),
                Gen.weight(1, seed.map(s -> body(op, "\uFEFF" + write(seeds.get(s)), "byte-order mark"))),
                Gen.weight(2, seed.map(s -> bytes(op, invalidUtf8(write(seeds.get(s))), "invalid UTF-8"))),
                Gen.weight(1, seed.map(s -> new FuzzRequest(op.key(), op.method(), target(op, null),
                        withHeader(headers(op.mediaTypes().get(0), null), "Content-Encoding", "gzip"),
                        write(seeds.get(s)).getBytes(StandardCharsets.UTF_8), "claims gzip"))),
                Gen.weight(1, Gen.between(1_048_577, 1_400_000).map(size -> body(op,
                        "{\"zqv\": \"" + HostileValues.fill("zqv-huge-", size) + "\"}", "over the body limit"))));
    }

    private static String duplicateFirstField(JsonNode seed) {
        if (!seed.isObject() || seed.size() == 0) {
            return write(seed) + write(seed);
        }
        Map.Entry<String, JsonNode> first = seed.fields().next();
        String field = HostileValues.quote(first.getKey()) + ":" + write(first.getValue());
        return "{" + field + "," + write(seed).substring(1);
    }

    private static byte[] invalidUtf8(String body) {
        byte[] text = body.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[text.length + 7];
        int half = text.length / 2;
        System.arraycopy(text, 0, out, 0, half);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, 'z', 'q', 'v', (byte) 0xFF, (byte) 0xFE};
        System.arraycopy(bad, 0, out, half, bad.length);
        System.arraycopy(text, half, out, half + bad.length, text.length - half);
        return out;
    }

    private static Gen<FuzzRequest> contentTypes(Operation op, List<JsonNode> seeds) {
        List<String> types = new ArrayList<>(WRONG_CONTENT_TYPES);
        types.addAll(op.fhir() ? List.of("application/json", "application/fhir+json; fhirVersion=4.0")
                : List.of("application/fhir+json", "application/json;charset=UTF-8"));
        types.add("");
        Gen<Integer> seed = Gen.between(0, seeds.size() - 1);
        Gen<String> typeGen = Gen.of(types);
        return random -> {
            int s = seed.next(random);
            String type = typeGen.next(random);
            return new FuzzRequest(op.key(), op.method(), target(op, null), headers(type, null),
                    write(seeds.get(s)).getBytes(StandardCharsets.UTF_8), "content type " + type);
        };
    }

    // --- requests without a body, paths, methods, headers

    private static Gen<FuzzRequest> queriesAndHeaders(Operation op) {
        Gen<String> header = Gen.of("X-Correlation-Id", "Authorization", "Cookie", "X-Forwarded-For",
                "If-None-Match", "Range", "Forwarded");
        Gen<String> value = Gen.of("zqv-header", "Bearer zqv.zqv.zqv", "zqv=918273645",
                "Basic enF2OnpxdgzqvA==", "for=\"zqv\"", "bytes=918273645-");
        Gen<String> targets = targets(op, 30);
        return random -> {
            String target = targets.next(random);
            String name = header.next(random);
            return new FuzzRequest(op.key(), op.method(), target, withHeader(headers(null, null), name,
                    value.next(random)), new byte[0], "header " + name);
        };
    }

    private static Gen<FuzzRequest> bodiesOnGet(Operation op) {
        Gen<String> bodies = Gen.of(BODIES);
        Gen<String> types = Gen.of("application/json", "text/plain", "zqv");
        return random -> {
            String body = bodies.next(random);
            return new FuzzRequest(op.key(), op.method(), target(op, null), headers(types.next(random), null),
                    body.getBytes(StandardCharsets.UTF_8), "GET with body " + body);
        };
    }

    private static Gen<FuzzRequest> paths(Operation op, List<JsonNode> seeds) {
        Gen<String> suffix = Gen.frequency(Gen.weightOf(10, ""), Gen.weightOf(2, "/"), Gen.weightOf(2, "/zqv"),
                Gen.weightOf(1, "//"), Gen.weightOf(1, "/kqk/918273645"), Gen.weightOf(1, "/.."));
        Gen<String> targets = targets(op, 100);
        return random -> {
            String target = targets.next(random);
            String extra = suffix.next(random);
            int query = target.indexOf('?');
            String path = (query < 0 ? target : target.substring(0, query)) + extra
                    + (query < 0 ? "" : target.substring(query));
            byte[] body = op.hasBody() ? write(seeds.get(0)).getBytes(StandardCharsets.UTF_8) : new byte[0];
            return new FuzzRequest(op.key(), op.method(), path,
                    headers(op.hasBody() ? op.mediaTypes().get(0) : null, null), body, "path " + path);
        };
    }

    private static Gen<FuzzRequest> methods(Operation op) {
        Gen<String> methods = Gen.of(METHODS);
        Gen<String> bodies = Gen.of(BODIES);
        Gen<String> targets = targets(op, 10);
        return random -> {
            String method = methods.next(random);
            String body = bodies.next(random);
            String target = targets.next(random);
            return new FuzzRequest(op.key(), method, target,
                    headers(method.equals("GET") || method.equals("HEAD") ? null : "application/json", null),
                    method.equals("HEAD") ? new byte[0] : body.getBytes(StandardCharsets.UTF_8), "method " + method);
        };
    }

    private static Gen<FuzzRequest> accepts(Operation op, List<JsonNode> seeds) {
        Gen<String> accepts = Gen.of(ACCEPTS);
        Gen<Integer> seed = Gen.between(0, Math.max(0, seeds.size() - 1));
        return random -> {
            String accept = accepts.next(random);
            int s = seed.next(random);
            return new FuzzRequest(op.key(), op.method(), target(op, null),
                    headers(op.hasBody() ? op.mediaTypes().get(0) : null, accept),
                    op.hasBody() ? write(seeds.get(s)).getBytes(StandardCharsets.UTF_8) : new byte[0],
                    "accept " + accept);
        };
    }

    /**
     * The operation's path with each parameter either its documented example or an odd segment, and a query.
     *
     * @param oddPercent how often a parameter is odd
     */
    private static Gen<String> targets(Operation op, int oddPercent) {
        List<Parameter> pathParams = op.parameters().stream().filter(p -> p.in().equals("path")).toList();
        List<Parameter> queryParams = op.parameters().stream().filter(p -> p.in().equals("query")).toList();
        Gen<String> segment = Gen.frequency(
                Gen.weight(Math.max(1, 100 - oddPercent), Gen.just("")),
                Gen.weight(Math.max(1, oddPercent / 3), Gen.between(0, 99_999).map(n -> "zqv" + n)),
                Gen.weight(Math.max(1, oddPercent / 2), Gen.of(ODD_SEGMENTS)),
                Gen.weight(Math.max(1, oddPercent / 6), Gen.between(20, 300)
                        .map(n -> "zqv".repeat(n))));
        Gen<String> query = Gen.frequency(
                Gen.weight(100 - oddPercent, Gen.just(queryParams.isEmpty() ? "" : documentedQuery(queryParams))),
                Gen.weight(oddPercent, Gen.of(ODD_QUERIES)));
        Gen<List<String>> segmentLists = segment.list(pathParams.size(), pathParams.size());
        return random -> {
            List<String> segments = segmentLists.next(random);
            String q = query.next(random);
            String path = op.path();
            for (int i = 0; i < pathParams.size(); i++) {
                String value = segments.get(i).isEmpty() ? pathParams.get(i).example() : segments.get(i);
                path = path.replace("{" + pathParams.get(i).name() + "}", value);
            }
            return path + q;
        };
    }

    private static String documentedQuery(List<Parameter> params) {
        StringBuilder query = new StringBuilder();
        for (Parameter p : params) {
            if (p.example() != null) {
                query.append(query.length() == 0 ? "?" : "&").append(p.name()).append('=')
                        .append(java.net.URLEncoder.encode(p.example(), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    /** The documented path of an operation, its parameters set to their examples. */
    static String target(Operation op, String query) {
        String path = op.path();
        for (Parameter p : op.parameters()) {
            if (p.in().equals("path")) {
                path = path.replace("{" + p.name() + "}", p.example());
            }
        }
        return path + (query == null ? "" : query);
    }

    private static FuzzRequest body(Operation op, String body, String what) {
        return bytes(op, body.getBytes(StandardCharsets.UTF_8), what);
    }

    private static FuzzRequest bytes(Operation op, byte[] body, String what) {
        return new FuzzRequest(op.key(), op.method(), target(op, null), headers(op.mediaTypes().get(0), null), body,
                what);
    }

    static Map<String, String> headers(String contentType, String accept) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (contentType != null && !contentType.isEmpty()) {
            headers.put("Content-Type", contentType);
        }
        if (accept != null) {
            headers.put("Accept", accept);
        }
        return headers;
    }

    private static Map<String, String> withHeader(Map<String, String> headers, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return copy;
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
