package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A publication or page a figure was read in. {@code verification} says how far it was checked:
 * {@code primary} (the source itself was read), {@code secondary} (only sources quoting it agree),
 * {@code single-secondary} (one secondary source).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String id, String citation, String url, Verification verification) {
}
