package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
public record Range(@JsonProperty(required = true) double min, @JsonProperty(required = true) double max) {
    public boolean contains(double value) {
        return value >= min && value <= max;
    }
}
