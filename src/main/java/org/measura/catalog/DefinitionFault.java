package org.measura.catalog;

/** One inconsistency in a definition: where (a JSON Pointer into the definition) and what is wrong. */
public record DefinitionFault(String pointer, String reason) {
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + reason;
    }
}
