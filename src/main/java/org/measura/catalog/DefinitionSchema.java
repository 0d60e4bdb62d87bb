package org.measura.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;

/**
 * The JSON Schema (2020-12) of an instrument definition, generated from the same records the service reads
 * definitions into, so it cannot drift from what is accepted. The schema describes shape only; consistency rules
 * (DefinitionValidator) are checked when a definition is read.
 */
public final class DefinitionSchema {

    private DefinitionSchema() {
    }

    public static ObjectNode generate() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                        JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
                .with(Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(InstrumentDefinition.class);
        schema.put("title", "Measura instrument definition");
        schema.put("description", "An instrument as data: items (number on the form and a short label of our own), "
                + "response values, reverse keys, scales, missing-item rules, bands, cut-offs, flags, criteria, "
                + "reliable-change figures, reliability, norms and the source of every figure. Consistency rules "
                + "(ids that exist, bands without gaps or overlaps, ranges the items can produce, cited sources) "
                + "are checked when a definition is read.");
        return schema;
    }
}
