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
    void everyInstrumentHasARowInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (InstrumentDefinition d : InstrumentCatalog.loadBuiltIn().all()) {
            assertThat(readme).as("README row for " + d.id()).contains("| `" + d.id() + "` |");
        }
    }
}
