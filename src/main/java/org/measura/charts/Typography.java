package org.measura.charts;

import java.awt.Font;

/** Font sizes for one chart, scaled down for small images so that titles, labels and legend still fit. */
record Typography(double scale) {

    static Typography forSize(ChartSize size, int panels) {
        double natural = Math.min(size.width() / 900.0, size.height() / (double) ChartSize.defaultHeight(panels));
        return new Typography(Math.max(0.65, Math.min(1.0, natural)));
    }

    Font title() {
        return font(Font.BOLD, 17);
    }

    Font subtitle() {
        return font(Font.PLAIN, 12);
    }

    Font legend() {
        return font(Font.PLAIN, 12);
    }

    Font axisLabel() {
        return font(Font.BOLD, 13);
    }

    Font tickLabel() {
        return font(Font.PLAIN, 11);
    }

    Font markerLabel() {
        return font(Font.PLAIN, 11);
    }

    Font note() {
        return font(Font.ITALIC, 11);
    }

    double px(double size) {
        return size * scale;
    }

    private Font font(int style, int size) {
        return new Font(Font.SANS_SERIF, style, (int) Math.round(size * scale));
    }
}
