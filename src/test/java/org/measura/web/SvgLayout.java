package org.measura.web;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What an SVG written by JFreeSVG puts where: the box of every text (measured with the same font), every stroked
 * line segment, and every filled shape in painting order. Text drawn as glyph outlines (rotated labels) counts
 * as a text with the outlines' bounds. Styles are inherited from enclosing groups; transforms
 * are applied; clipping is ignored, so a line counts along its whole length (stricter than what shows).
 */
final class SvgLayout {

    record Text(String text, Rectangle2D box, Color fill, double opacity, int order) {
    }

    record Segment(Line2D line, Color stroke, String owner) {
    }

    record Fill(Rectangle2D box, Color fill, double opacity, int order) {
    }

    final List<Text> texts = new ArrayList<>();
    final List<Segment> segments = new ArrayList<>();
    final List<Fill> fills = new ArrayList<>();
    private int order;

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE]-?\\d+)?");
    private static final Pattern COMMAND = Pattern.compile("([MLCQZmlcqz])([^MLCQZmlcqz]*)");

    static SvgLayout of(Document doc) {
        SvgLayout layout = new SvgLayout();
        layout.walk(doc.getDocumentElement(), new HashMap<>(), new AffineTransform(), "");
        return layout;
    }

    private void walk(Element e, Map<String, String> inherited, AffineTransform parent, String owner) {
        String name = e.getLocalName();
        if (name.equals("defs") || name.equals("clipPath") || name.equals("title") || name.equals("desc")) {
            return;
        }
        Map<String, String> style = new HashMap<>(inherited);
        style.putAll(style(e));
        AffineTransform transform = new AffineTransform(parent);
        if (e.hasAttribute("transform")) {
            transform.concatenate(transform(e.getAttribute("transform")));
        }
        String id = e.getAttribute("id");
        String here = id.isEmpty() ? owner : id;
        switch (name) {
            case "text" -> text(e, style, transform);
            case "line" -> stroke(style, here, transform, List.of(new Line2D.Double(d(e, "x1"), d(e, "y1"),
                    d(e, "x2"), d(e, "y2"))));
            case "rect" -> {
                Rectangle2D r = new Rectangle2D.Double(d(e, "x"), d(e, "y"), d(e, "width"), d(e, "height"));
                fill(style, transform, r);
                stroke(style, here, transform, edges(r));
            }
            case "path" -> {
                List<Point2D> all = new ArrayList<>();
                List<Line2D> lines = path(e.getAttribute("d"), all);
                if (e.getAttribute("d").contains("Q") && !all.isEmpty()) {
                    // Rotated text (the score axis labels) is written as glyph outlines, quadratic curves.
                    texts.add(new Text("(glyphs)", transform.createTransformedShape(bounds(all)).getBounds2D(),
                            color(style.get("fill")), opacity(style.get("fill-opacity")), order++));
                    return;
                } else if (!all.isEmpty()) {
                    fill(style, transform, bounds(all));
                }
                stroke(style, here, transform, lines);
            }
            default -> {
            }
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                walk(child, style, transform, here);
            }
        }
    }

    private void text(Element e, Map<String, String> style, AffineTransform transform) {
        String content = e.getTextContent();
        if (content.isBlank()) {
            return;
        }
        double size = Double.parseDouble(style.getOrDefault("font-size", "12px").replace("px", ""));
        int weight = style.getOrDefault("font-weight", "").equals("bold") ? Font.BOLD : Font.PLAIN;
        weight |= style.getOrDefault("font-style", "").equals("italic") ? Font.ITALIC : 0;
        Font font = new Font(Font.SANS_SERIF, weight, 1).deriveFont((float) size);
        double width = font.getStringBounds(content, FRC).getWidth();
        LineMetrics metrics = font.getLineMetrics(content, FRC);
        double x = d(e, "x");
        double y = d(e, "y");
        // The ink of the glyphs: ascent above the baseline, descent below.
        Rectangle2D box = new Rectangle2D.Double(x, y - metrics.getAscent(), width,
                metrics.getAscent() + metrics.getDescent());
        texts.add(new Text(content, transform.createTransformedShape(box).getBounds2D(),
                color(style.get("fill")), opacity(style.get("fill-opacity")), order++));
    }

    private void fill(Map<String, String> style, AffineTransform transform, Rectangle2D box) {
        String fill = style.getOrDefault("fill", "rgb(0,0,0)");
        if (fill.equals("none") || opacity(style.get("fill-opacity")) == 0) {
            return;
        }
        fills.add(new Fill(transform.createTransformedShape(box).getBounds2D(), color(fill),
                opacity(style.get("fill-opacity")), order++));
    }

    private void stroke(Map<String, String> style, String owner, AffineTransform transform, List<Line2D> lines) {
        String stroke = style.getOrDefault("stroke", "none");
        if (stroke.equals("none") || opacity(style.get("stroke-opacity")) == 0) {
            return;
        }
        for (Line2D l : lines) {
            Point2D a = transform.transform(l.getP1(), null);
            Point2D b = transform.transform(l.getP2(), null);
            segments.add(new Segment(new Line2D.Double(a, b), color(stroke), owner));
        }
    }

    private static List<Line2D> edges(Rectangle2D r) {
        return List.of(new Line2D.Double(r.getMinX(), r.getMinY(), r.getMaxX(), r.getMinY()),
                new Line2D.Double(r.getMaxX(), r.getMinY(), r.getMaxX(), r.getMaxY()),
                new Line2D.Double(r.getMaxX(), r.getMaxY(), r.getMinX(), r.getMaxY()),
                new Line2D.Double(r.getMinX(), r.getMaxY(), r.getMinX(), r.getMinY()));
    }

    /** Straight segments of a path; a curve counts as the segments joining its control points. */
    private static List<Line2D> path(String d, List<Point2D> all) {
        List<Line2D> lines = new ArrayList<>();
        Point2D current = null;
        Point2D start = null;
        Matcher m = COMMAND.matcher(d);
        while (m.find()) {
            List<Double> numbers = new ArrayList<>();
            Matcher n = NUMBER.matcher(m.group(2));
            while (n.find()) {
                numbers.add(Double.parseDouble(n.group()));
            }
            char c = m.group(1).charAt(0);
            if (c == 'Z' || c == 'z') {
                if (current != null && start != null) {
                    lines.add(new Line2D.Double(current, start));
                }
                current = start;
                continue;
            }
            for (int i = 0; i + 1 < numbers.size(); i += 2) {
                Point2D p = new Point2D.Double(numbers.get(i), numbers.get(i + 1));
                all.add(p);
                if (c == 'M' && i == 0) {
                    start = p;
                } else if (current != null) {
                    lines.add(new Line2D.Double(current, p));
                }
                current = p;
            }
        }
        return lines;
    }

    private static Rectangle2D bounds(List<Point2D> points) {
        double minX = points.stream().mapToDouble(Point2D::getX).min().orElse(0);
        double minY = points.stream().mapToDouble(Point2D::getY).min().orElse(0);
        double maxX = points.stream().mapToDouble(Point2D::getX).max().orElse(0);
        double maxY = points.stream().mapToDouble(Point2D::getY).max().orElse(0);
        return new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
    }

    private static Map<String, String> style(Element e) {
        Map<String, String> style = new HashMap<>();
        for (String part : e.getAttribute("style").split(";")) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                style.put(part.substring(0, colon).strip(), part.substring(colon + 1).strip());
            }
        }
        return style;
    }

    private static AffineTransform transform(String value) {
        List<Double> n = new ArrayList<>();
        Matcher m = NUMBER.matcher(value);
        while (m.find()) {
            n.add(Double.parseDouble(m.group()));
        }
        if (value.startsWith("matrix")) {
            return new AffineTransform(n.get(0), n.get(1), n.get(2), n.get(3), n.get(4), n.get(5));
        }
        if (value.startsWith("translate")) {
            return AffineTransform.getTranslateInstance(n.get(0), n.size() > 1 ? n.get(1) : 0);
        }
        throw new AssertionError("transform not understood: " + value);
    }

    private static double d(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    static Color color(String value) {
        if (value == null) {
            return Color.BLACK;
        }
        Matcher m = NUMBER.matcher(value);
        List<Integer> c = new ArrayList<>();
        while (m.find()) {
            c.add((int) Double.parseDouble(m.group()));
        }
        if (value.startsWith("rgb") && c.size() == 3) {
            return new Color(c.get(0), c.get(1), c.get(2));
        }
        if (value.startsWith("#")) {
            return Color.decode(value);
        }
        throw new AssertionError("colour not understood: " + value);
    }

    private static double opacity(String value) {
        return value == null ? 1 : Double.parseDouble(value);
    }

    /** The colour behind a text: white, then every fill painted before it that reaches into its box, in order. */
    Color background(Text text) {
        double[] rgb = {1, 1, 1};
        for (Fill f : fills) {
            if (f.order() < text.order() && f.box().intersects(text.box())) {
                blend(rgb, f.fill(), f.opacity());
            }
        }
        return new Color((float) rgb[0], (float) rgb[1], (float) rgb[2]);
    }

    static Color over(Color top, double opacity, Color below) {
        double[] rgb = {below.getRed() / 255.0, below.getGreen() / 255.0, below.getBlue() / 255.0};
        blend(rgb, top, opacity);
        return new Color((float) rgb[0], (float) rgb[1], (float) rgb[2]);
    }

    private static void blend(double[] rgb, Color c, double alpha) {
        rgb[0] = rgb[0] * (1 - alpha) + c.getRed() / 255.0 * alpha;
        rgb[1] = rgb[1] * (1 - alpha) + c.getGreen() / 255.0 * alpha;
        rgb[2] = rgb[2] * (1 - alpha) + c.getBlue() / 255.0 * alpha;
    }

    /** WCAG 2.x contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances, lighter over darker. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double s = value / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
