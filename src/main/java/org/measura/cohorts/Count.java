package org.measura.cohorts;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The exact counts kept for one measure of one group (the partial's {@code counts}); every cohort figure of a measure
 * follows from these and the {@link Sum}s. Definitions are in docs/cohorts.md.
 */
public enum Count {
    CLIENTS("clients"),
    WITH_FIRST_SCORE("withFirstScore"),
    WITH_FIRST_AND_LAST_SCORE("withFirstAndLastScore"),
    CASENESS_AT_START("casenessAtStart"),
    CASENESS_UNKNOWN("casenessUnknown"),
    FINISHED("finished"),
    FINISHED_BY_TERMINATION("finishedByTermination"),
    FINISHED_BY_TWO_ADMINISTRATIONS("finishedByTwoAdministrations"),
    RELIABLE_IMPROVEMENT("reliableImprovement"),
    NO_RELIABLE_CHANGE("noReliableChange"),
    RELIABLE_DETERIORATION("reliableDeterioration"),
    RELIABLE_CHANGE_NOT_COMPUTABLE("reliableChangeNotComputable"),
    FINISHED_AT_CASENESS("finishedAtCaseness"),
    RECOVERY("recovery"),
    RELIABLE_RECOVERY("reliableRecovery"),
    RECOVERED("recovered"),
    IMPROVED("improved"),
    UNCHANGED("unchanged"),
    DETERIORATED("deteriorated"),
    HARMED("harmed"),
    NO_CATEGORY("noCategory"),
    SUDDEN_GAINS_EVALUATED("suddenGainsEvaluated"),
    WITH_SUDDEN_GAIN("withSuddenGain"),
    WITH_FOLLOW_UP("withFollowUp"),
    MAINTAINED_JUDGED("maintainedJudged"),
    MAINTAINED("maintained"),
    RELAPSE_JUDGED("relapseJudged"),
    RELAPSED("relapsed");

    private final String wire;

    Count(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    static Count fromWire(String value) {
        for (Count c : values()) {
            if (c.wire.equals(value)) {
                return c;
            }
        }
        return null;
    }
}
