package org.measura.cohorts;

import java.util.List;

/**
 * Words an unanalysed client's fault as a cohort answer lists it, each reason placed in the request or stream the
 * adapter read; {@code client} is the number the client is known by in the answer (its index, or its line).
 */
@FunctionalInterface
public interface ClientFaultWording {

    List<String> reasons(int client, ClientFault fault);
}
