package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One printed answer: its value, our short label, and the LOINC answer code where one is verified. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResponseOption(@JsonProperty(required = true) int value, String label, String loinc) {
}
