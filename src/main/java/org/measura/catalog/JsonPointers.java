package org.measura.catalog;

import com.fasterxml.jackson.databind.JsonMappingException;

/** JSON Pointers (RFC 6901) naming a place in a request or definition, for faults that point at a field. */
public final class JsonPointers {
    private JsonPointers() {
    }

    /**
     * A key as a pointer token. Every key these pointers name may be one the caller chose (a field, item or sample
     * name), so it appears only under the {@link EchoRule}: otherwise the token is the rule's placeholder.
     */
    public static String escape(String token) {
        return EchoRule.safe(token) ? token.replace("/", "~1") : EchoRule.PLACEHOLDER;
    }

    public static String of(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/');
            pointer.append(ref.getFieldName() != null ? escape(ref.getFieldName()) : ref.getIndex());
        }
        return pointer.toString();
    }

    /** Bean Validation property path "method.arg0.field[2]" → "/field/2" (the method and parameter dropped). */
    public static String fromPropertyPath(String path) {
        String[] parts = path.split("\\.");
        StringBuilder pointer = new StringBuilder();
        for (int i = 2; i < parts.length; i++) {
            pointer.append('/').append(parts[i].replaceAll("\\[(\\d+)]", "/$1").replaceAll("<[^>]*>", ""));
        }
        return pointer.toString();
    }
}
