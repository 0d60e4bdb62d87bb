package org.measura.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.measura.scoring.BuiltInSample;
import org.measura.scoring.ReferenceSample;

/**
 * The records that document plain-JSON administrations are the ones the service reads them into: the fields the
 * reader takes are the fields the committed OpenAPI document lists, and a body reads into the record's values.
 */
class AdministrationReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theFieldsReadAreTheFieldsDocumented() throws Exception {
        JsonNode schemas = JSON.readTree(Path.of("openapi/openapi.json").toFile()).at("/components/schemas");
        assertThat(AdministrationReader.SCORE_FIELDS).isEqualTo(properties(schemas.get("ScoreRequest")));
        assertThat(AdministrationReader.ADMINISTRATION_FIELDS).isEqualTo(properties(schemas.get("Administration")));
        assertThat(AdministrationReader.SAMPLE_FIELDS).isEqualTo(properties(schemas.get("NormSample")));
    }

    @Test
    void aBodyReadsIntoTheDocumentingRecord() throws Exception {
        ScoreRequest read = JSON.readValue("""
                {"responses": {"1": 2, "2": 2.0, "3": null}, "coding": "alt",
                 "norms": {"total": "de-general-women", "other": {"name": "clinic", "mean": 15, "sd": 5,
                           "metric": "item-mean"}}}""", ScoreRequest.class);
        assertThat(read.faults()).isEmpty();
        // 2.0 has a zero fraction and reads as the whole number 2; null is an unanswered item.
        assertThat(read.responses()).containsExactly(java.util.Map.entry("1", 2), java.util.Map.entry("2", 2),
                new java.util.AbstractMap.SimpleEntry<>("3", null));
        assertThat(read.coding()).isEqualTo("alt");
        assertThat(read.norms().get("total")).isEqualTo(new BuiltInSample("de-general-women"));
        assertThat(read.norms().get("other")).isInstanceOf(ReferenceSample.class);
        assertThat(read.definition()).isNull();
        assertThat(read.administration("phq9").instrument()).isEqualTo("phq9");

        AdministrationRequest entry = JSON.readValue("{\"instrument\": 9, \"responses\": {\"1\": 2.5}, \"x\": 1}",
                AdministrationRequest.class);
        assertThat(entry.faults()).extracting(f -> f.pointer() + " " + f.reason()).containsExactly(
                "/x is not a field of this request (fields: coding, definition, instrument, norms, responses)",
                "/instrument must be a string: an instrument id such as phq9",
                "/responses/1 must be a whole number on the form's scale");
        assertThat(JSON.readValue("null", AdministrationRequest.class).faults())
                .extracting(f -> f.pointer() + " " + f.reason()).containsExactly(" must be a JSON object");
    }

    private static Set<String> properties(JsonNode schema) {
        Set<String> names = new HashSet<>();
        schema.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }
}
