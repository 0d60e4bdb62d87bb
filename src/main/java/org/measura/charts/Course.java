package org.measura.charts;

import java.util.List;
import org.measura.trends.TalkingTherapiesOutcome;

/**
 * What a course chart draws: the scales in order, the sessions of the whole request (for missed sessions) and,
 * when both its scales are drawn, the NHS Talking Therapies outcome.
 */
public record Course(List<ScalePanel> scales, Sessions sessions, TalkingTherapiesOutcome talkingTherapies) {

    public Course {
        scales = List.copyOf(scales);
    }

    List<CoursePanel> panels() {
        return CoursePanel.layout(scales);
    }

    /** The number of panels: scales of one instrument that share a range and have no bands share one. */
    public int panelCount() {
        return panels().size();
    }

    /** How many administrations before follow-up have no session number; the session axis needs none missing. */
    public long unnumberedAdministrations() {
        return CourseAxis.unnumbered(panels());
    }
}
