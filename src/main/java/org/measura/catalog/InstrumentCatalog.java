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

    /** Loads every built-in definition; a broken one stops start-up with its file name and every fault. */
    public static InstrumentCatalog loadBuiltIn() {
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
                    throw new CatalogException(resource + " is inconsistent: " + reading.faults().stream()
                            .map(DefinitionFault::toString).collect(Collectors.joining("; ")));
                }
                String expectedFile = reading.definition().id() + ".json";
                if (!expectedFile.equals(file)) {
                    throw new CatalogException(resource + ": the file must be named " + expectedFile
                            + " after the definition's id");
                }
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
}
