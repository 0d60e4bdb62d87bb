package org.measura.charts;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a client's course as SVG or PNG. Plain Java: the REST layer picks the panels and the size.
 *
 * <p>Rendering needs no display: AWT is switched to headless mode before this class draws anything (a server has
 * no display; with {@code DISPLAY} set, AWT would otherwise try to reach an X server). It does need a font: on
 * Debian the package {@code fonts-dejavu-core} (with {@code fontconfig}).
 */
public final class CourseCharts {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** At most this many panels in one chart. */
    public static final int MAX_PANELS = 12;

    private CourseCharts() {
    }

    public static byte[] svg(Course course, AxisKind axis, ChartSize size) {
        CourseText text = CourseText.of(course, axis);
        JFreeChart chart = CourseChart.build(course, axis, text, size);
        SVGGraphics2D g2 = new SVGGraphics2D(size.width(), size.height());
        // A fixed prefix keeps the output the same for the same input (the default is time-based).
        g2.setDefsKeyPrefix("course-");
        chart.draw(g2, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        String svg = g2.getSVGElement(null, true, new ViewBox(0, 0, size.width(), size.height()), null, null);
        return SvgAccessibility.withTitleAndDescription(svg, text).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] png(Course course, AxisKind axis, ChartSize size) {
        JFreeChart chart = CourseChart.build(course, axis, CourseText.of(course, axis), size);
        BufferedImage image = chart.createBufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB,
                null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
