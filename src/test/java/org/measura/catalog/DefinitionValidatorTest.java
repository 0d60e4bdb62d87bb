package org.measura.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each kind of inconsistency is caught and named with a pointer into the definition. */
class DefinitionValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyBuiltInDefinitionLoads() {
        InstrumentCatalog catalog = InstrumentCatalog.loadBuiltIn();
        assertThat(catalog.all()).isNotEmpty();
        assertThat(catalog.find("phq9")).isPresent();
    }

    @Test
    void theUnchangedPhq9DefinitionHasNoFaults() throws Exception {
        assertThat(faults(d -> { })).isEmpty();
    }

    @Test
    void duplicateItemIds() throws Exception {
        assertThat(faults(d -> ((ObjectNode) d.withArray("items").get(1)).put("id", "1")))
                .contains(new DefinitionFault("/items/1/id", "duplicates item id '1'"));
    }

    @Test
    void anUnscoredItemMustNotShareAnIdWithAScoredOneAndMustCiteItsSource() throws Exception {
        assertThat(faults(d -> {
            ObjectNode unscored = (ObjectNode) d.withArray("unscoredItems").get(0);
            unscored.put("id", "9");
            unscored.put("source", "nowhere");
            unscored.withArray("loinc").set(0, "69722");
            ((ObjectNode) unscored.withArray("answers").get(0)).put("loinc", "6572-7");
        })).contains(new DefinitionFault("/unscoredItems/0/id", "duplicates item id '9' (an item is either scored or not)"),
                new DefinitionFault("/unscoredItems/0/loinc/0", "must be a LOINC code such as 69722-7"),
                new DefinitionFault("/unscoredItems/0/answers/0/loinc", "must be a LOINC answer code such as LA6572-7"))
                .anySatisfy(f -> assertThat(f.pointer()).isEqualTo("/unscoredItems/0/source"));
    }

    @Test
    void aConditionGivesExactlyOneOfAtLeastAndAtMost() throws Exception {
        assertThat(faults(d -> condition(d).put("atMost", 1)))
                .contains(new DefinitionFault("/flags/0/when/0", "must give exactly one of atLeast and atMost"));
        assertThat(faults(d -> condition(d).remove("atLeast")))
                .contains(new DefinitionFault("/flags/0/when/0", "must give exactly one of atLeast and atMost"));
        assertThat(faults(d -> ((ObjectNode) condition(d).without("atLeast")).put("atMost", 4)))
                .contains(new DefinitionFault("/flags/0/when/0/atMost", "lies outside the response range 0-3"));
        assertThat(faults(d -> ((ObjectNode) condition(d).without("atLeast")).put("atMost", 0))).isEmpty();
    }

    private static ObjectNode condition(ObjectNode definition) {
        return (ObjectNode) definition.withArray("flags").get(0).get("when").get(0);
    }

    @Test
    void aScaleCannotUseAnUnscoredItem() throws Exception {
        assertThat(faults(d -> scale(d).withArray("items").set(8, "10")))
                .anySatisfy(f -> assertThat(f.pointer()).isEqualTo("/scales/0/items/8"));
    }

    @Test
    void scaleNamingAMissingItem() throws Exception {
        assertThat(faults(d -> scale(d).withArray("items").set(8, "99")))
                .anySatisfy(f -> assertThat(f.pointer()).isEqualTo("/scales/0/items/8"));
    }

    @Test
    void overlappingBands() throws Exception {
        assertThat(faults(d -> ((ObjectNode) scale(d).withArray("bands").get(1)).put("min", 4)))
                .anySatisfy(f -> {
                    assertThat(f.pointer()).isEqualTo("/scales/0/bands/1/min");
                    assertThat(f.reason()).contains("overlaps");
                });
    }

    @Test
    void bandsLeavingAGap() throws Exception {
        assertThat(faults(d -> ((ObjectNode) scale(d).withArray("bands").get(1)).put("min", 6)))
                .anySatisfy(f -> assertThat(f.reason()).contains("gap"));
    }

    @Test
    void bandsOutsideTheRange() throws Exception {
        assertThat(faults(d -> ((ObjectNode) scale(d).withArray("bands").get(4)).put("max", 30)))
                .anySatisfy(f -> assertThat(f.pointer()).isEqualTo("/scales/0/bands/4/max"));
    }

    @Test
    void reverseKeyNamingAnUnknownItem() throws Exception {
        assertThat(faults(d -> {
            d.putArray("reverseKeyed").add("12");
            d.put("reverseKeyedSource", "kroenke2001");
        })).contains(new DefinitionFault("/reverseKeyed/0", "names item '12', which the instrument does not have"));
    }

    @Test
    void statedRangeTheItemsCannotProduce() throws Exception {
        assertThat(faults(d -> ((ObjectNode) scale(d).get("range")).put("max", 30)))
                .anySatisfy(f -> {
                    assertThat(f.pointer()).isEqualTo("/scales/0/range");
                    assertThat(f.reason()).contains("give 0-27");
                });
    }

    @Test
    void figureWithoutAKnownSource() throws Exception {
        assertThat(faults(d -> ((ObjectNode) scale(d).withArray("cutoffs").get(0)).put("source", "nowhere")))
                .anySatisfy(f -> assertThat(f.pointer()).isEqualTo("/scales/0/cutoffs/0/source"));
    }

    @Test
    void codingValueOutsideTheResponseRange() throws Exception {
        assertThat(faults(d -> {
            ObjectNode coding = d.putArray("codings").addObject();
            coding.put("id", "shifted").put("description", "1-4").put("source", "kroenke2001");
            coding.putObject("map").put("1", 0).put("4", 4);
        })).anySatisfy(f -> assertThat(f.pointer()).isEqualTo("/codings/0/map/4"));
    }

    @Test
    void unknownFieldsAreFaultsNotIgnored() throws Exception {
        assertThat(faults(d -> d.put("colour", "blue")))
                .containsExactly(new DefinitionFault("/colour", "is not a field of an instrument definition"));
    }

    @Test
    void itemWordingLengthLabelsAreRefused() throws Exception {
        assertThat(faults(d -> ((ObjectNode) d.withArray("items").get(0)).put("label", "x".repeat(61))))
                .anySatisfy(f -> assertThat(f.pointer()).isEqualTo("/items/0/label"));
    }

    private static ObjectNode scale(ObjectNode definition) {
        return (ObjectNode) ((ArrayNode) definition.get("scales")).get(0);
    }

    private static List<DefinitionFault> faults(Consumer<ObjectNode> change) throws Exception {
        ObjectNode definition;
        try (InputStream in = DefinitionValidatorTest.class.getClassLoader().getResourceAsStream("instruments/phq9.json")) {
            definition = (ObjectNode) JSON.readTree(in);
        }
        change.accept(definition);
        return DefinitionReader.read(definition).faults();
    }
}
