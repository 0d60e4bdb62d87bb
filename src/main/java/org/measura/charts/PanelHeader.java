package org.measura.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of text above a panel's plot area: which way is better, which line is which scale, the cut-off and the
 * band of no reliable change, each after a small sample of how it is drawn. Outside the plot area, no line of the
 * plot can cross them; they wrap onto more lines when the chart is narrow.
 */
final class PanelHeader {

    /** How an element looks in the plot: a short line, with a shape on it or a filled box behind it. */
    record Swatch(Stroke stroke, Paint line, Shape shape, Paint fill) {
        static Swatch line(Stroke stroke, Paint line) {
            return new Swatch(stroke, line, null, null);
        }

        static Swatch series(Stroke stroke, Paint line, Shape shape) {
            return new Swatch(stroke, line, shape, line);
        }

        static Swatch box(Paint fill, Stroke edge, Paint edgePaint) {
            return new Swatch(edge, edgePaint, null, fill);
        }
    }

    record Item(String text, Swatch swatch, SvgGroup group) {
    }

    private static final double SWATCH = 22;
    private static final double SWATCH_GAP = 5;
    private static final double ITEM_GAP = 18;
    private static final double PAD = 3;

    private final List<Item> items = new ArrayList<>();
    private final Font font;

    PanelHeader(Font font) {
        this.font = font;
    }

    void add(Item item) {
        items.add(item);
    }

    /** The height the header needs between {@code left} and {@code right}. */
    double height(Graphics2D g2, double left, double right) {
        return layout(g2, left, right, 0, false);
    }

    void draw(Graphics2D g2, double left, double right, double top) {
        layout(g2, left, right, top, true);
    }

    private double layout(Graphics2D g2, double left, double right, double top, boolean paint) {
        if (items.isEmpty()) {
            return 0;
        }
        g2.setFont(font);
        FontMetrics metrics = g2.getFontMetrics();
        double lineHeight = metrics.getAscent() + metrics.getDescent() + 3;
        double x = left;
        int line = 0;
        for (Item item : items) {
            double width = (item.swatch() == null ? 0 : SWATCH + SWATCH_GAP)
                    + metrics.getStringBounds(item.text(), g2).getWidth();
            if (x > left && x + width > right) {
                line++;
                x = left;
            }
            if (paint) {
                double baseline = top + PAD + line * lineHeight + metrics.getAscent();
                double middle = baseline - metrics.getAscent() * 0.35;
                item.group().begin(g2);
                double textX = x;
                if (item.swatch() != null) {
                    swatch(g2, item.swatch(), x, middle, metrics.getAscent() * 0.8);
                    textX += SWATCH + SWATCH_GAP;
                }
                g2.setPaint(Palette.TEXT);
                g2.setFont(font);
                g2.drawString(item.text(), (float) textX, (float) baseline);
                item.group().end(g2);
            }
            x += width + ITEM_GAP;
        }
        return 2 * PAD + (line + 1) * lineHeight;
    }

    private static void swatch(Graphics2D g2, Swatch swatch, double x, double middle, double size) {
        if (swatch.shape() == null && swatch.fill() != null) {
            Rectangle2D box = new Rectangle2D.Double(x + 2, middle - size / 2, SWATCH - 4, size);
            g2.setPaint(swatch.fill());
            g2.fill(box);
            if (swatch.line() != null) {
                g2.setPaint(swatch.line());
                g2.setStroke(swatch.stroke());
                g2.draw(new Line2D.Double(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMinY()));
                g2.draw(new Line2D.Double(box.getMinX(), box.getMaxY(), box.getMaxX(), box.getMaxY()));
            }
            return;
        }
        g2.setPaint(swatch.line());
        g2.setStroke(swatch.stroke());
        g2.draw(new Line2D.Double(x, middle, x + SWATCH, middle));
        if (swatch.shape() != null) {
            Shape shape = AffineTransform.getTranslateInstance(x + SWATCH / 2, middle)
                    .createTransformedShape(swatch.shape());
            g2.setPaint(swatch.fill());
            g2.fill(shape);
            g2.setPaint(Color.WHITE);
            g2.setStroke(new BasicStroke(1f));
            g2.draw(shape);
        }
    }
}
