package org.measura.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The published schema accepts every built-in definition file and refuses what the reader refuses. */
class DefinitionSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Validator VALIDATOR = Validator.create(
            JsonSchema.of(new JsonObject(DefinitionSchema.generate().toString())),
            new JsonSchemaOptions().setDraft(Draft.DRAFT202012).setBaseUri("https://measura.invalid/"));

    @Test
    void everyBuiltInDefinitionFileFollowsTheSchema() throws Exception {
        for (InstrumentDefinition definition : InstrumentCatalog.loadBuiltIn().all()) {
            try (InputStream in = getClass().getClassLoader()
                    .getResourceAsStream("instruments/" + definition.id() + ".json")) {
                OutputUnit result = VALIDATOR.validate(new JsonObject(JSON.readTree(in).toString()));
                assertThat(result.getValid()).as(definition.id() + ": " + result.getErrors()).isTrue();
            }
        }
    }

    @Test
    void unknownFieldsAndWrongTypesAreRefused() {
        assertThat(VALIDATOR.validate(new JsonObject().put("id", "x").put("colour", "blue")).getValid()).isFalse();
        assertThat(VALIDATOR.validate(new JsonObject().put("id", 7)).getValid()).isFalse();
    }
}
