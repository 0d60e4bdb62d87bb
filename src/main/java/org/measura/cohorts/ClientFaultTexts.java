package org.measura.cohorts;

/** The wording of the faults the cohort core finds in a client itself, for the adapters that list them. */
public final class ClientFaultTexts {

    /** Why a client sent as something other than an object is not analysed. */
    public static final String NOT_AN_OBJECT = "must be an object";

    private ClientFaultTexts() {
    }

    /** "phq9/total is lower-is-better for this client but higher-is-better for earlier clients". */
    public static String contradictingDirection(ClientFault.ContradictingDirection fault) {
        return fault.instrument() + "/" + fault.scale() + " is " + fault.client().wire() + " for this client but "
                + fault.earlier().wire() + " for earlier clients";
    }
}
