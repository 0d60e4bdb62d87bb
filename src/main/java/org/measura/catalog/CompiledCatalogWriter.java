package org.measura.catalog;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Run by the build (pom.xml, after compiling): reads and checks every built-in definition file as
 * {@link InstrumentCatalog#readBuiltIn()} does, so that a broken one fails the build with the same message the service
 * would give, and writes {@value #CLASS_NAME}, Java code that constructs the same definitions. The service builds its
 * catalog from that class at start-up instead of binding the JSON files, which took most of the catalog's share of
 * the start-up (docs/operations.md, Start-up); it still checks each definition's rules then, and re-reads the files
 * once it listens.
 */
public final class CompiledCatalogWriter {

    static final String CLASS_NAME = "org.measura.catalog.CompiledCatalog";

    /** A constructor call longer than this gets a method of its own (a method's code is limited to 64 KB). */
    private static final int INLINE_LIMIT = 2_000;

    private final List<String> methods = new ArrayList<>();

    private CompiledCatalogWriter() {
    }

    /** @param args the source folder to write {@value #CLASS_NAME} under */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0], CLASS_NAME.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source(InstrumentCatalog.readBuiltIn()), StandardCharsets.UTF_8);
    }

    static String source(InstrumentCatalog catalog) {
        CompiledCatalogWriter writer = new CompiledCatalogWriter();
        StringBuilder byFile = new StringBuilder();
        for (InstrumentDefinition definition : catalog.all()) {
            byFile.append("        definitions.put(").append(literal(definition.id() + ".json")).append(", ")
                    .append(writer.method(definition)).append(");\n");
        }
        String simpleName = CLASS_NAME.substring(CLASS_NAME.lastIndexOf('.') + 1);
        return "package org.measura.catalog;\n\n"
                + "/** Written by the build (CompiledCatalogWriter) from the built-in definition files; not committed. */\n"
                + "@SuppressWarnings(\"unchecked\")\n"
                + "public final class " + simpleName + " {\n\n"
                + "    private " + simpleName + "() {\n    }\n\n"
                + "    /** Each built-in definition by its file name, in the order of " + InstrumentCatalog.INDEX + ". */\n"
                + "    public static java.util.Map<String, InstrumentDefinition> byFile() {\n"
                + "        java.util.Map<String, InstrumentDefinition> definitions = new java.util.LinkedHashMap<>();\n"
                + byFile
                + "        return definitions;\n    }\n\n"
                + "    private static <K, V> java.util.Map<K, V> map(Object... keysAndValues) {\n"
                + "        java.util.Map<K, V> map = new java.util.LinkedHashMap<>();\n"
                + "        for (int i = 0; i < keysAndValues.length; i += 2) {\n"
                + "            map.put((K) keysAndValues[i], (V) keysAndValues[i + 1]);\n"
                + "        }\n"
                + "        return map;\n    }\n"
                + String.join("", writer.methods)
                + "}\n";
    }

    /** A call of a new method that returns the record. */
    private String method(Record value) {
        String type = value.getClass().getCanonicalName();
        int index = methods.size();
        String name = "r" + index;
        methods.add(null);
        String body = construct(value);
        methods.set(index, "\n    private static " + type + " " + name + "() {\n        return " + body + ";\n    }\n");
        return name + "()";
    }

    private String expression(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return literal(s);
        }
        if (value instanceof Integer || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Double d) {
            return Double.toString(d);
        }
        if (value instanceof Enum<?> e) {
            return e.getDeclaringClass().getCanonicalName() + "." + e.name();
        }
        if (value instanceof List<?> list) {
            List<String> elements = new ArrayList<>();
            list.forEach(element -> elements.add(expression(element)));
            return "java.util.List.of(" + String.join(", ", elements) + ")";
        }
        if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            map.forEach((k, v) -> entries.add(expression(k) + ", " + expression(v)));
            return "map(" + String.join(", ", entries) + ")";
        }
        if (value instanceof Record record) {
            String construction = construct(record);
            return construction.length() > INLINE_LIMIT ? method(record) : construction;
        }
        throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as Java code");
    }

    private String construct(Record record) {
        List<String> arguments = new ArrayList<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                arguments.add(expression(component.getAccessor().invoke(record)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName(), e);
            }
        }
        return "new " + record.getClass().getCanonicalName() + "(" + String.join(", ", arguments) + ")";
    }

    static String literal(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
