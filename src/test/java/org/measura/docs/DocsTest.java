package org.measura.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.measura.catalog.DefinitionReader;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.InstrumentDefinition;
import org.measura.scoring.ScaleResult;
import org.measura.scoring.Scorer;

/** What the documentation promises: every built-in instrument in its table, and an inline definition that scores. */
class DocsTest {

    private static String doc(String name) throws Exception {
        return Files.readString(Path.of("docs", name));
    }

    @Test
    void everyInstrumentHasARowInTheReadme() throws Exception {
        String readme = doc("instruments.md");
        for (InstrumentDefinition d : InstrumentCatalog.loadBuiltIn().all()) {
            assertThat(readme).as("docs/instruments.md row for " + d.id()).contains("| `" + d.id() + "` |");
        }
    }

    @Test
    void theCallerDefinedInstrumentExampleScoresAsTheReadmeSays() throws Exception {
        Matcher block = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL).matcher(doc("api.md"));
        assertThat(block.find()).isTrue();
        JsonNode request = new ObjectMapper().readTree(block.group(1));
        DefinitionReader.Reading reading = DefinitionReader.read(request.get("definition"));
        assertThat(reading.faults()).isEmpty();
        Map<String, Integer> responses = new HashMap<>();
        request.get("responses").fields().forEachRemaining(e -> responses.put(e.getKey(), e.getValue().intValue()));
        ScaleResult total = Scorer.score(reading.definition(), responses, null).scales().get(0);
        // 2 + 3 + 1 = 6: band high (6-12), and the cut-off "6 or above" is reached.
        assertThat(total.score()).isEqualByComparingTo("6");
        assertThat(total.band().id()).isEqualTo("high");
        assertThat(total.reading().cutoffs().get(0).reached()).isTrue();
    }
}
