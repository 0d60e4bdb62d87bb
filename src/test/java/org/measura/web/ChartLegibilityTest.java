package org.measura.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The documented full course (docs/example-course-request.json) drawn by both axes and at two widths, read back as
 * SVG: every text has a contrast of at least 4.5:1 against what is painted behind it (WCAG 2 AA), and no text box
 * overlaps another text or any stroked line.
 */
@QuarkusTest
class ChartLegibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Boxes are measured from the font's ascent and descent, which leave room above and below the ink. */
    private static final double SLACK = 1.0;

    private static Document draw(String axis, int width) throws Exception {
        String body = Files.readString(Path.of("docs/example-course-request.json"));
        Response r = given().contentType(ContentType.JSON).body(body).queryParam("axis", axis)
                .queryParam("width", width).post("/trends/chart");
        assertThat(r.statusCode()).isEqualTo(200);
        byte[] svg = r.asByteArray();
        Files.createDirectories(Path.of("target/charts"));
        Files.write(Path.of("target/charts/full-course-" + axis + "-" + width + ".svg"), svg);
        // The PNG beside it, to look at when this test fails.
        Files.write(Path.of("target/charts/full-course-" + axis + "-" + width + ".png"),
                given().contentType(ContentType.JSON).accept("image/png").body(body).queryParam("axis", axis)
                        .queryParam("width", width).post("/trends/chart").asByteArray());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    @Test
    void theContrastRatioIsWorkedOutAsWcagDefinesIt() {
        // WCAG 2: black on white is (1 + 0.05) / (0 + 0.05) = 21; #767676 (sRGB 118 -> 0.1812 linear, so
        // L = 0.1812) on white is 1.05 / 0.2312 = 4.54, the lightest grey that passes AA.
        assertThat(SvgLayout.contrast(Color.BLACK, Color.WHITE)).isCloseTo(21.0, offset(0.01));
        assertThat(SvgLayout.contrast(new Color(0x767676), Color.WHITE))
                .isCloseTo(4.54, offset(0.01));
        assertThat(SvgLayout.contrast(Color.WHITE, Color.WHITE)).isEqualTo(1.0);
    }

    @Test
    void everyTextOfTheFullCourseIsLegibleAndFree() throws Exception {
        List<String> faults = new ArrayList<>();
        for (String axis : List.of("date", "session")) {
            for (int width : List.of(960, 640)) {
                SvgLayout layout = SvgLayout.of(draw(axis, width));
                assertThat(layout.texts).hasSizeGreaterThan(40);
                check(layout, axis + " " + width, faults);
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void theCheckFindsACrossedLabelAndGreyOnGrey() throws Exception {
        // A label struck through by a dotted line, and #555555 on 20 % black over white (#CCCCCC): luminances
        // 0.0908 and 0.6038, so (0.6038 + 0.05) / (0.0908 + 0.05) = 4.64 -- and under 30 % black (#B3B3B3,
        // L 0.4508) 3.56, which fails.
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">
                  <rect x="0" y="0" width="200" height="100" style="fill:rgb(255,255,255)"/>
                  <rect x="0" y="0" width="200" height="100" style="fill:rgb(0,0,0);fill-opacity:0.3"/>
                  <text x="10" y="50" style="fill: rgb(85,85,85); font-family: sans-serif; font-size: 11px;">moderate</text>
                  <g style="stroke:rgb(0,158,115);fill:none"><line x1="0" y1="46" x2="200" y2="46"/></g>
                </svg>""";
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        List<String> faults = new ArrayList<>();
        check(SvgLayout.of(factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes("UTF-8")))),
                "sample", faults);
        assertThat(faults).hasSize(2);
        assertThat(faults.get(0)).startsWith("sample: 'moderate' has contrast 3.5");
        assertThat(faults.get(1)).startsWith("sample: 'moderate' is crossed by a line");
    }

    private static void check(SvgLayout layout, String chart, List<String> faults) {
        for (SvgLayout.Text text : layout.texts) {
            Color behind = layout.background(text);
            Color ink = SvgLayout.over(text.fill(), text.opacity(), behind);
            double ratio = SvgLayout.contrast(ink, behind);
            if (ratio < 4.5) {
                faults.add(chart + ": '" + text.text() + "' has contrast " + ratio);
            }
            Rectangle2D box = shrink(text.box());
            for (SvgLayout.Text other : layout.texts) {
                if (other.order() > text.order() && box.intersects(shrink(other.box()))) {
                    faults.add(chart + ": '" + text.text() + "' overlaps '" + other.text() + "'");
                }
            }
            for (SvgLayout.Segment segment : layout.segments) {
                if (segment.line().intersects(box)) {
                    faults.add(chart + ": '" + text.text() + "' is crossed by a line of " + segment.owner() + " "
                            + segment.line().getP1() + "-" + segment.line().getP2());
                }
            }
        }
    }

    private static Rectangle2D shrink(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() + SLACK, r.getY() + SLACK, Math.max(0, r.getWidth() - 2 * SLACK),
                Math.max(0, r.getHeight() - 2 * SLACK));
    }
}
