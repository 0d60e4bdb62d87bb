package org.measura.charts;

/** Pixel size of a chart; the bounds keep rendering cheap and text legible. */
public record ChartSize(int width, int height) {

    public static final int MIN_WIDTH = 320;
    public static final int MAX_WIDTH = 2400;
    public static final int MIN_HEIGHT = 240;
    public static final int MAX_HEIGHT = 2400;
    public static final int DEFAULT_WIDTH = 960;

    public ChartSize {
        if (width < MIN_WIDTH || width > MAX_WIDTH || height < MIN_HEIGHT || height > MAX_HEIGHT) {
            throw new IllegalArgumentException("chart size out of bounds");
        }
    }

    /** The default height: room for titles and legend, and 250 px per panel. */
    public static int defaultHeight(int panels) {
        return Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, 190 + 250 * panels));
    }
}
