package org.measura.charts;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * An axis that labels the ticks it is given, and only those whose labels do not collide: major ticks are placed
 * first, every other one only where its label keeps a gap to all placed labels.
 */
final class TickAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;
    private static final double GAP = 6;

    interface TickSource {
        List<CourseAxis.Tick> ticks(double pixelsPerUnit, ToDoubleFunction<String> labelWidth);
    }

    private final transient TickSource source;

    TickAxis(String label, TickSource source) {
        super(label);
        this.source = source;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        boolean horizontal = RectangleEdge.isTopOrBottom(edge);
        double length = horizontal ? dataArea.getWidth() : dataArea.getHeight();
        g2.setFont(getTickLabelFont());
        FontMetrics metrics = g2.getFontMetrics();
        ToDoubleFunction<String> width = text -> metrics.getStringBounds(text, g2).getWidth();
        List<CourseAxis.Tick> candidates = new ArrayList<>(source.ticks(length / getRange().getLength(), width));
        candidates.sort(Comparator.comparing((CourseAxis.Tick t) -> !t.major()));
        List<double[]> taken = new ArrayList<>();
        List<NumberTick> ticks = new ArrayList<>();
        TextAnchor anchor = horizontal ? TextAnchor.TOP_CENTER
                : edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT;
        for (CourseAxis.Tick tick : candidates) {
            if (!getRange().contains(tick.x())) {
                continue;
            }
            double centre = valueToJava2D(tick.x(), dataArea, edge);
            double extent = horizontal ? width.applyAsDouble(tick.label()) : metrics.getAscent();
            double[] box = {centre - extent / 2 - GAP / 2, centre + extent / 2 + GAP / 2};
            if (taken.stream().anyMatch(t -> box[0] < t[1] && t[0] < box[1])) {
                continue;
            }
            taken.add(box);
            ticks.add(new NumberTick(tick.x(), tick.label(), anchor, anchor, 0.0));
        }
        ticks.sort(Comparator.comparingDouble(NumberTick::getValue));
        return ticks;
    }
}
