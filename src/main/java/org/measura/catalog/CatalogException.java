package org.measura.catalog;

/** A built-in definition is broken: the service must not start with it. */
public class CatalogException extends RuntimeException {
    public CatalogException(String message) {
        super(message);
    }
}
