package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonValue;

/** Clinical-significance categories of docs/reference/change-methods.md §3 (clinicalsignificance definitions). */
public enum Category {
    RECOVERED("recovered"),
    IMPROVED("improved"),
    UNCHANGED("unchanged"),
    DETERIORATED("deteriorated"),
    HARMED("harmed");

    private final String wire;

    Category(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}
