package org.measura.cohorts;

import java.util.List;
import org.measura.trends.FieldReason;
import org.measura.trends.RefusalKind;
import org.measura.trends.ScoreDirection;

/**
 * Why a client's course could not be analysed, typed; the partial counts clients by {@link #kind()}, and the adapter
 * words the reasons in its own terms ({@link ClientFaultWording}).
 */
public sealed interface ClientFault permits ClientFault.Refused, ClientFault.NotAnObject,
        ClientFault.ContradictingDirection, ClientFault.Unread {

    ClientFaultKind kind();

    /** The trend analysis refused the course: its faults, located in the course as sent. */
    record Refused(RefusalKind refusal, List<FieldReason> faults) implements ClientFault {
        public Refused {
            faults = List.copyOf(faults);
        }

        @Override
        public ClientFaultKind kind() {
            return switch (refusal) {
                case FORM -> ClientFaultKind.INVALID_REQUEST;
                case CONTENT -> ClientFaultKind.INVALID_TREND_REQUEST;
            };
        }
    }

    /** The client was sent as something other than an object (null, for one). */
    record NotAnObject() implements ClientFault {
        @Override
        public ClientFaultKind kind() {
            return ClientFaultKind.INVALID_REQUEST;
        }
    }

    /**
     * The measure {@code instrument}/{@code scale} is better the other way round for this client ({@code client}) than
     * for the clients counted before it ({@code earlier}); only caller-defined measures can differ.
     */
    record ContradictingDirection(String instrument, String scale, ScoreDirection client, ScoreDirection earlier)
            implements ClientFault {
        @Override
        public ClientFaultKind kind() {
            return ClientFaultKind.CONTRADICTING_DIRECTION;
        }
    }

    /**
     * The adapter could not read the client (a stream's line that is too long or not JSON); {@code reasons} are its
     * own, already placed in what it read.
     */
    record Unread(ClientFaultKind kind, List<String> reasons) implements ClientFault {
        public Unread {
            reasons = List.copyOf(reasons);
        }
    }
}
