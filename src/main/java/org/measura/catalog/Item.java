package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One item. {@code id} is its number on the form; {@code label} is a few words of our own, never the item's text.
 * {@code whenUnanswered} and {@code skip} carry published administration rules (see {@link UnansweredRule},
 * {@link SkipRule}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Item(String id, String label, String loinc, UnansweredRule whenUnanswered, SkipRule skip) {
}
