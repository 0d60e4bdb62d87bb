package org.measura.catalog;

/** Who owns the form and what that allows; {@code source} names an entry of the definition's sources. */
public record Licence(String holder, String terms, String source) {
}
