package org.measura.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Predicate;

/** Finds an element in a JSON body and names it as a FHIRPath expression, e.g. QuestionnaireResponse.item[2].linkId. */
final class JsonLocator {
    private JsonLocator() {
    }

    /** @return the first element named {@code name} whose value matches, or null when there is none */
    static String find(JsonNode node, String path, String name, Predicate<JsonNode> matches) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = path + "." + field.getKey();
                if (field.getKey().equals(name) && matches.test(field.getValue())) {
                    return at;
                }
                if (field.getValue().isArray()) {
                    for (int i = 0; i < field.getValue().size(); i++) {
                        JsonNode element = field.getValue().get(i);
                        if (field.getKey().equals(name) && matches.test(element)) {
                            return at + "[" + i + "]";
                        }
                        String found = find(element, at + "[" + i + "]", name, matches);
                        if (found != null) {
                            return found;
                        }
                    }
                } else {
                    String found = find(field.getValue(), at, name, matches);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }
}
