package org.measura.trends;

/**
 * The part of an administration a fault is about. {@code form} says whether a fault there is, as a rule, one of form
 * (the value cannot be read as what it must be: a date that is no date, a phase that names none), which adapters
 * answer before any fault of content (a negative session, a score out of range, two scores for one session); a fault
 * says itself whether it is one of form ({@link FieldReason#ofForm()}), e.g. an instrument left out is, one that names
 * nothing known is not.
 */
public enum AdministrationField {
    /** The administration as a whole, e.g. two administrations that cannot be told apart. */
    ADMINISTRATION("administrations", false),
    /** The catalog instrument or caller's measure it names. */
    INSTRUMENT("instrument", false),
    DATE("date", true),
    SESSION("session", false),
    PHASE("phase", true),
    /** A score as the engine received it (a point of a series). */
    SCORE("score", false),
    /** The scores sent with the administration, or the one sent for the scale {@link CourseLocation#score()}. */
    SCORES("scores", false),
    /** The item responses sent, or the answer to the item {@link CourseLocation#item()}. */
    RESPONSES("responses", false),
    /** The alternative coding named for the responses. */
    CODING("coding", false);

    private final String wire;
    private final boolean form;

    AdministrationField(String wire, boolean form) {
        this.wire = wire;
        this.form = form;
    }

    /** The field's request name. */
    public String wire() {
        return wire;
    }

    public boolean form() {
        return form;
    }
}
