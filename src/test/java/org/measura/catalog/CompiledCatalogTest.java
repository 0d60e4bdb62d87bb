package org.measura.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The catalog the service starts with is built from the code the build compiled from the definition files
 * (CompiledCatalogWriter): it must be the files' definitions exactly, checked by the same rules at start-up, and
 * files that no longer agree with it must be named.
 */
class CompiledCatalogTest {

    @Test
    void theBuildCompiledEveryDefinitionFileAsItReads() throws Exception {
        Class.forName(CompiledCatalogWriter.CLASS_NAME);
        List<InstrumentDefinition> started = new ArrayList<>(InstrumentCatalog.loadBuiltIn().all());
        List<InstrumentDefinition> read = new ArrayList<>(InstrumentCatalog.readBuiltIn().all());
        assertThat(started).hasSize(19).isEqualTo(read);
        assertThat(InstrumentCatalog.loadBuiltIn().differencesFromFiles()).isEmpty();
    }

    @Test
    void aCompiledDefinitionThatBreaksARuleStopsStartUp() {
        InstrumentDefinition phq9 = InstrumentCatalog.readBuiltIn().find("phq9").orElseThrow();
        Map<String, InstrumentDefinition> compiled = new LinkedHashMap<>();
        compiled.put("phq9.json", withReverseKeyed(phq9, List.of("99")));
        assertThatThrownBy(() -> InstrumentCatalog.fromCompiled(compiled, List.of("phq9.json")))
                .isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("instruments/phq9.json is inconsistent: ")
                .hasMessageContaining("/reverseKeyed/0");
    }

    @Test
    void aCompiledCatalogThatTheIndexDoesNotListStopsStartUp() {
        InstrumentDefinition phq9 = InstrumentCatalog.readBuiltIn().find("phq9").orElseThrow();
        assertThatThrownBy(() -> InstrumentCatalog.fromCompiled(Map.of("phq9.json", phq9),
                List.of("gad7.json", "phq9.json")))
                .isInstanceOf(CatalogException.class)
                .hasMessage(InstrumentCatalog.INDEX + " lists [gad7.json, phq9.json] but the build compiled "
                        + "[phq9.json]; rebuild");
        assertThatThrownBy(() -> InstrumentCatalog.fromCompiled(Map.of("gad7.json", phq9), List.of("gad7.json")))
                .isInstanceOf(CatalogException.class)
                .hasMessage("instruments/gad7.json: the file must be named phq9.json after the definition's id");
    }

    @Test
    void filesThatDifferFromTheDefinitionsBuiltInAreNamed() {
        InstrumentCatalog files = InstrumentCatalog.readBuiltIn();
        InstrumentDefinition phq9 = files.find("phq9").orElseThrow();
        InstrumentDefinition gad7 = files.find("gad7").orElseThrow();
        InstrumentDefinition gad2 = files.find("gad2").orElseThrow();
        InstrumentCatalog started = InstrumentCatalog.of(List.of(withReverseKeyed(phq9, List.of("1")), gad7));
        assertThat(started.differencesFrom(InstrumentCatalog.of(List.of(phq9, gad2)))).containsExactly(
                "instruments/phq9.json differs from the definition built in",
                "instruments/gad7.json is no longer listed or found",
                "instruments/gad2.json is not built in");
        assertThat(files.differencesFrom(InstrumentCatalog.readBuiltIn())).isEmpty();
    }

    @Test
    void stringsAreWrittenAsJavaLiteralsOfTheSameText() {
        assertThat(CompiledCatalogWriter.literal("a \"b\" \\ c\nd\te é ≥"))
                .isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\\te \\u00e9 \\u2265\"");
    }

    private static InstrumentDefinition withReverseKeyed(InstrumentDefinition d, List<String> reverseKeyed) {
        return new InstrumentDefinition(d.id(), d.abbreviation(), d.name(), d.formVersion(), d.description(),
                d.licence(), d.sources(), d.loincPanel(), d.responses(), d.items(), d.unscoredItems(), reverseKeyed,
                d.reverseKeyedSource(), d.codings(), d.scales(), d.flags(), d.criteria(), d.profile());
    }
}
