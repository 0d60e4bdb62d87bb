package org.measura.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.InstrumentDefinition;

/** The README's instrument table lists every built-in instrument. */
class ReadmeTest {

    @Test
    void theCallerDefinedInstrumentExampleScoresAsTheReadmeSays() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        java.util.regex.Matcher block = java.util.regex.Pattern.compile("```json\n(.*?)\n```", java.util.regex.Pattern.DOTALL)
                .matcher(readme);
        assertThat(block.find()).isTrue();
        com.fasterxml.jackson.databind.JsonNode request = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(block.group(1));
        org.measura.catalog.DefinitionReader.Reading reading =
                org.measura.catalog.DefinitionReader.read(request.get("definition"));
        assertThat(reading.faults()).isEmpty();
        java.util.Map<String, Integer> responses = new java.util.HashMap<>();
        request.get("responses").fields().forEachRemaining(e -> responses.put(e.getKey(), e.getValue().intValue()));
        org.measura.scoring.ScaleResult total = org.measura.scoring.Scorer.score(reading.definition(), responses, null)
                .scales().get(0);
        // 2 + 3 + 1 = 6: band high (6-12), cut-off 6 at or above reached.
        assertThat(total.score()).isEqualByComparingTo("6");
        assertThat(total.band().id()).isEqualTo("high");
        assertThat(total.cutoffs().get(0).reached()).isTrue();
    }

    @Test
    void everyInstrumentHasARowInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (InstrumentDefinition d : InstrumentCatalog.loadBuiltIn().all()) {
            assertThat(readme).as("README row for " + d.id()).contains("| `" + d.id() + "` |");
        }
    }
}
