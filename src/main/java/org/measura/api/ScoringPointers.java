package org.measura.api;

import org.measura.catalog.JsonPointers;
import org.measura.scoring.ScoringFault;
import org.measura.scoring.ScoringLocation;

/** Where a scoring fault is, as a JSON Pointer (RFC 6901) into the plain-JSON administration that was scored. */
public final class ScoringPointers {

    private ScoringPointers() {
    }

    /** The fault as a field error, its pointer relative to the administration (see {@link FieldError#under}). */
    public static FieldError fieldError(ScoringFault fault) {
        return new FieldError(pointer(fault.at()), fault.reason(), fault.code());
    }

    /** The pointer of a location, relative to the administration ("/responses/1", "/norms/total/sd"). */
    public static String pointer(ScoringLocation at) {
        return switch (at.field()) {
            case RESPONSES -> "/responses/" + JsonPointers.escape(at.item());
            case CODING -> "/coding";
            case NORMS -> "/norms/" + JsonPointers.escape(at.scale()) + switch (at.norm()) {
                case SAMPLE -> "";
                case NAME -> "/name";
                case MEAN -> "/mean";
                case SD -> "/sd";
                case METRIC -> "/metric";
            };
        };
    }
}
