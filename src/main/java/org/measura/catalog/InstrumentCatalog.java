package org.measura.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The built-in instruments, read and checked once. The build writes {@value #INDEX}, the list of definition files
 * under {@code instruments/}, so adding an instrument is adding its file.
 */
public final class InstrumentCatalog {

    public static final String INDEX = "instruments/index.txt";

    private final Map<String, InstrumentDefinition> byId;

    private InstrumentCatalog(Map<String, InstrumentDefinition> byId) {
        this.byId = byId;
    }

    public static InstrumentCatalog of(Collection<InstrumentDefinition> definitions) {
        Map<String, InstrumentDefinition> byId = new LinkedHashMap<>();
        for (InstrumentDefinition d : definitions) {
            if (byId.putIfAbsent(d.id(), d) != null) {
                throw new CatalogException("two definitions share the id '" + d.id() + "'");
            }
        }
        return new InstrumentCatalog(byId);
    }

    /**
     * The built-in definitions, as the service starts with them: constructed by the code the build compiled from the
     * definition files ({@link CompiledCatalogWriter}, which read and checked each file as {@link #readBuiltIn()}
     * does), each checked again by the rules of {@link DefinitionValidator}; a definition that breaks one stops
     * start-up with its file name and every fault. Without that code (a build that did not write it), the files are
     * read and checked here. The service compares the files with these definitions once it listens
     * ({@link #differencesFromFiles()}).
     */
    public static InstrumentCatalog loadBuiltIn() {
        ClassLoader loader = InstrumentCatalog.class.getClassLoader();
        Map<String, InstrumentDefinition> compiled = compiled(loader);
        return compiled == null ? readBuiltIn() : fromCompiled(compiled, indexedFiles(loader));
    }

    /** Reads and checks every built-in definition file; a broken one is a {@link CatalogException} naming file and faults. */
    public static InstrumentCatalog readBuiltIn() {
        ClassLoader loader = InstrumentCatalog.class.getClassLoader();
        List<InstrumentDefinition> definitions = new ArrayList<>();
        for (String file : indexedFiles(loader)) {
            String resource = "instruments/" + file;
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new CatalogException(resource + ": listed in " + INDEX + " but not found");
                }
                DefinitionReader.Reading reading = DefinitionReader.read(in);
                if (!reading.ok()) {
                    throw inconsistent(resource, reading.faults());
                }
                checkFileName(resource, file, reading.definition());
                definitions.add(reading.definition());
            } catch (IOException e) {
                throw new CatalogException(resource + ": cannot be read as JSON (" + e.getClass().getSimpleName()
                        + " at " + locationOf(e) + ")");
            }
        }
        if (definitions.isEmpty()) {
            throw new CatalogException(INDEX + " lists no instruments");
        }
        return of(definitions);
    }

    /** The compiled definitions by file name, checked against the index and by the definition rules. */
    static InstrumentCatalog fromCompiled(Map<String, InstrumentDefinition> compiled, List<String> files) {
        if (!files.equals(new ArrayList<>(compiled.keySet()))) {
            throw new CatalogException(INDEX + " lists " + files + " but the build compiled " + compiled.keySet()
                    + "; rebuild");
        }
        if (compiled.isEmpty()) {
            throw new CatalogException(INDEX + " lists no instruments");
        }
        compiled.forEach((file, definition) -> {
            String resource = "instruments/" + file;
            List<DefinitionFault> faults = DefinitionValidator.validate(definition);
            if (!faults.isEmpty()) {
                throw inconsistent(resource, faults);
            }
            checkFileName(resource, file, definition);
        });
        return of(compiled.values());
    }

    /**
     * How the built-in definition files differ from this catalog's definitions: empty when every file reads, passes
     * every check and equals the definition of its id, else one sentence per difference (or the first broken file).
     */
    public List<String> differencesFromFiles() {
        try {
            return differencesFrom(readBuiltIn());
        } catch (CatalogException e) {
            return List.of(e.getMessage());
        }
    }

    /** How {@code files} (the definitions as read from the files) differ from this catalog's definitions. */
    List<String> differencesFrom(InstrumentCatalog files) {
        List<String> differences = new ArrayList<>();
        for (InstrumentDefinition definition : all()) {
            Optional<InstrumentDefinition> read = files.find(definition.id());
            if (read.isEmpty()) {
                differences.add("instruments/" + definition.id() + ".json is no longer listed or found");
            } else if (!read.get().equals(definition)) {
                differences.add("instruments/" + definition.id() + ".json differs from the definition built in");
            }
        }
        for (InstrumentDefinition read : files.all()) {
            if (find(read.id()).isEmpty()) {
                differences.add("instruments/" + read.id() + ".json is not built in");
            }
        }
        return differences;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, InstrumentDefinition> compiled(ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(CompiledCatalogWriter.CLASS_NAME, true, loader);
        } catch (ClassNotFoundException e) {
            return null;
        }
        try {
            return (Map<String, InstrumentDefinition>) type.getMethod("byFile").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new CatalogException("the built-in definitions compiled by the build cannot be constructed ("
                    + (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName() + "); rebuild");
        }
    }

    private static CatalogException inconsistent(String resource, List<DefinitionFault> faults) {
        return new CatalogException(resource + " is inconsistent: "
                + faults.stream().map(DefinitionFault::toString).collect(Collectors.joining("; ")));
    }

    private static void checkFileName(String resource, String file, InstrumentDefinition definition) {
        String expectedFile = definition.id() + ".json";
        if (!expectedFile.equals(file)) {
            throw new CatalogException(resource + ": the file must be named " + expectedFile
                    + " after the definition's id");
        }
    }

    private static List<String> indexedFiles(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new CatalogException(INDEX + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> l.endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new CatalogException(INDEX + " cannot be read");
        }
    }

    private static String locationOf(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
            return "line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr();
        }
        return "unknown position";
    }

    public Optional<InstrumentDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<InstrumentDefinition> all() {
        return byId.values();
    }

    /** Longer ids are not compared: no catalog id is near one, and the comparison stays cheap. */
    private static final int MAX_COMPARED_LENGTH = 40;

    /**
     * The catalog ids an unknown id was probably meant as, for a "did you mean" hint: the one whose id or
     * abbreviation it spells apart from case and punctuation ({@code PHQ9}, {@code phq-9} mean phq9), else every id
     * or abbreviation one typing slip away (a letter or digit added, dropped, changed or two swapped). Only catalog
     * ids are returned, never the text asked for.
     */
    public List<String> similarIds(String unknown) {
        if (unknown == null || unknown.length() > MAX_COMPARED_LENGTH) {
            return List.of();
        }
        String asked = normalized(unknown);
        if (asked.isEmpty()) {
            return List.of();
        }
        List<String> near = new ArrayList<>();
        for (InstrumentDefinition d : byId.values()) {
            String id = normalized(d.id());
            String abbreviation = normalized(d.abbreviation());
            if (asked.equals(id) || asked.equals(abbreviation)) {
                return List.of(d.id());
            }
            if (asked.length() > 1 && (oneSlipApart(asked, id) || oneSlipApart(asked, abbreviation))) {
                near.add(d.id());
            }
        }
        return near;
    }

    /** "did you mean phq9?" (or "phq2, phq8 or phq9?") from {@link #similarIds}; empty when nothing is near. */
    public Optional<String> didYouMean(String unknown) {
        List<String> ids = similarIds(unknown);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        String choices = ids.size() == 1 ? ids.get(0)
                : String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
        return Optional.of("did you mean " + choices + "?");
    }

    private static String normalized(String id) {
        StringBuilder kept = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                kept.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                kept.append((char) (c + ('a' - 'A')));
            }
        }
        return kept.toString();
    }

    /** True when one insertion, deletion, substitution or swap of neighbours turns {@code a} into {@code b}. */
    static boolean oneSlipApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        if (a.length() == b.length()) {
            String restA = a.substring(start + 1);
            String restB = b.substring(start + 1);
            if (restA.equals(restB)) {
                return true;
            }
            return start + 1 < a.length() && a.charAt(start) == b.charAt(start + 1)
                    && a.charAt(start + 1) == b.charAt(start) && a.substring(start + 2).equals(b.substring(start + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(start + 1).equals(shorter.substring(start));
    }
}
