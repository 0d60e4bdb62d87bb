package org.measura.api;

import jakarta.ws.rs.core.Response;

/**
 * Another protocol's way of answering the failures met before any operation runs (no such path, wrong method or
 * media type, body too large), on the paths that protocol owns: FHIR answers them as OperationOutcomes. The REST
 * adapter's exception mappers and body limits ask it, so that they need not know the protocol.
 */
public interface ProblemDialect {

    boolean owns(String path);

    String mediaType();

    /** @param detail the plain API's explanation, used where the dialect writes none of its own */
    Response respond(int status, boolean malformed, String detail);

    /** The body of an answer with {@code status}, for a layer that writes it itself. */
    String json(int status, String detail);
}
