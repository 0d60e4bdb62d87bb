package org.measura.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A value of a closed set that names none of its members is refused with the members it may take. */
class DefinitionWireNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anUnknownAggregation() throws Exception {
        assertThat(faults(d -> scale(d).put("aggregation", "median")))
                .containsExactly(new DefinitionFault("/scales/0/aggregation", "must be sum or mean"));
    }

    @Test
    void anUnknownDirection() throws Exception {
        assertThat(faults(d -> scale(d).put("direction", "lower-is-worse")))
                .containsExactly(new DefinitionFault("/scales/0/direction",
                        "must be higher-is-worse or higher-is-better"));
    }

    @Test
    void anUnknownCutoffComparison() throws Exception {
        assertThat(faults(d -> ((ObjectNode) scale(d).withArray("cutoffs").get(0)).put("comparison", "beyond")))
                .containsExactly(new DefinitionFault("/scales/0/cutoffs/0/comparison",
                        "must be at-or-above, above, at-or-below or below"));
    }

    private static ObjectNode scale(ObjectNode definition) {
        return (ObjectNode) ((ArrayNode) definition.get("scales")).get(0);
    }

    private static List<DefinitionFault> faults(Consumer<ObjectNode> change) throws Exception {
        ObjectNode definition;
        try (InputStream in = DefinitionWireNamesTest.class.getClassLoader()
                .getResourceAsStream("instruments/phq9.json")) {
            definition = (ObjectNode) JSON.readTree(in);
        }
        change.accept(definition);
        return DefinitionReader.read(definition).faults();
    }
}
