package org.measura.charts;

import java.awt.Graphics2D;
import java.util.Map;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * A {@code <g>} element around what JFreeChart draws for one chart element, with an id, a class and a tooltip
 * ({@code <title>}), so that tests and EHR stylesheets can find the series, bands, cut-off and so on. On any other
 * Graphics2D (PNG) nothing is added.
 */
record SvgGroup(String id, String cssClass, String title) {

    void begin(Graphics2D g2) {
        if (g2 instanceof SVGGraphics2D) {
            g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("id", id, "class", cssClass));
            if (title != null) {
                g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, title);
            }
        }
    }

    void end(Graphics2D g2) {
        if (g2 instanceof SVGGraphics2D) {
            g2.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
        }
    }
}
