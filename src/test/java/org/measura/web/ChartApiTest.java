package org.measura.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** POST /trends/chart against the documented full-course example (PHQ-9 and GAD-7, termination, two follow-ups). */
@QuarkusTest
class ChartApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private static String fullCourse() throws Exception {
        JsonNode document = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        return JSON.writeValueAsString(document.at("/components/examples/trend-full-course-request/value"));
    }

    private static RequestSpecification chart(String body) {
        return given().contentType(ContentType.JSON).body(body);
    }

    private static Document svg(Response response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("image/svg+xml");
        return parse(response.asByteArray());
    }

    private static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    private static List<Element> groups(Document doc) {
        NodeList all = doc.getElementsByTagNameNS(SVG_NS, "g");
        List<Element> groups = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (g.hasAttribute("id")) {
                groups.add(g);
            }
        }
        return groups;
    }

    private static Element group(Document doc, String id) {
        return groups(doc).stream().filter(g -> id.equals(g.getAttribute("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + id));
    }

    private static String text(Element e) {
        return e.getTextContent();
    }

    @Test
    void theSvgNamesEveryElementOfAKnownCourse() throws Exception {
        Document doc = svg(chart(fullCourse()).post("/trends/chart"));
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("chart-title chart-desc");

        for (String key : List.of("phq9-total", "gad7-total")) {
            Element series = group(doc, "series-" + key);
            assertThat(series.getAttribute("class")).isEqualTo("series");
            // 10 administrations: 9 line segments, drawn by JFreeChart inside the group.
            assertThat(series.getElementsByTagNameNS(SVG_NS, "line").getLength()).isEqualTo(9);
            assertThat(group(doc, "cutoff-" + key).getAttribute("class")).isEqualTo("cutoff");
            assertThat(group(doc, "termination-" + key).getAttribute("class")).isEqualTo("termination");
            assertThat(text(group(doc, "termination-" + key))).contains("2026-03-02");
            assertThat(group(doc, "follow-up-" + key).getAttribute("class")).isEqualTo("follow-up");
            assertThat(group(doc, "reliable-change-" + key).getAttribute("class")).isEqualTo("reliable-change");
            assertThat(group(doc, "sudden-gain-" + key + "-1").getAttribute("class")).isEqualTo("sudden-gain");
        }
        // The PHQ-9 bands of the definition, each labelled.
        for (String band : List.of("minimal", "mild", "moderate", "moderately-severe", "severe")) {
            assertThat(group(doc, "band-phq9-total-" + band).getAttribute("class")).isEqualTo("band");
        }
        assertThat(text(group(doc, "band-phq9-total-mild"))).contains("mild");
        assertThat(text(group(doc, "cutoff-phq9-total"))).contains("cut-off 10");
        assertThat(text(group(doc, "cutoff-gad7-total"))).contains("cut-off 8");
        // Baseline 19, NHS Talking Therapies threshold "6 or more".
        assertThat(text(group(doc, "reliable-change-label-phq9-total"))).contains("baseline 19 ± 6");
        assertThat(text(group(doc, "sudden-gain-gad7-total-1"))).contains("sessions 4 and 5");
        assertThat(groups(doc).stream().filter(g -> g.getAttribute("class").equals("sudden-loss"))).isEmpty();
    }

    @Test
    void theExampleInDocsIsTheDocumentedCourseWithTheSameElements() throws Exception {
        assertThat(JSON.readTree(Files.readString(Path.of("docs/example-course-request.json"))))
                .isEqualTo(JSON.readTree(fullCourse()));
        Document fresh = svg(chart(fullCourse()).post("/trends/chart"));
        Document committed = parse(Files.readAllBytes(Path.of("docs/example-course.svg")));
        assertThat(committed.getDocumentElement().getFirstChild().getTextContent())
                .isEqualTo(fresh.getDocumentElement().getFirstChild().getTextContent());
        assertThat(groups(committed)).extracting(g -> g.getAttribute("id"))
                .containsExactlyElementsOf(groups(fresh).stream().map(g -> g.getAttribute("id")).toList());
        assertThat(ImageIO.read(Path.of("docs/example-course.png").toFile()).getWidth()).isEqualTo(960);
    }

    /**
     * The documented expected-response course: baseline session 1 (12, band moderate), then sessions 2-5. The curve
     * sent has cells for sessions 1-4, so the band covers sessions 2, 3 and 4 (25th-75th: 9-11.5, 7.25-10.25, 7-7)
     * and the median (10, 8, 7) is two dashed segments; session 5 is past the curve and gets no band.
     */
    @Test
    void theExpectedResponseIsDrawnBehindTheCourse() throws Exception {
        JsonNode document = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        String body = JSON.writeValueAsString(document.at("/components/examples/trend-expected-response-request/value"));
        Document doc = svg(chart(body).post("/trends/chart"));
        Element band = group(doc, "expected-response-phq9-total");
        assertThat(band.getAttribute("class")).isEqualTo("expected-response");
        assertThat(text(band)).contains("starting in the band moderate", "25th and 75th percentiles");
        assertThat(group(doc, "expected-response-phq9-total-median-1").getAttribute("class"))
                .isEqualTo("expected-response");
        assertThat(group(doc, "expected-response-phq9-total-median-2").getAttribute("class"))
                .isEqualTo("expected-response");
        assertThat(groups(doc).stream().map(g -> g.getAttribute("id")))
                .doesNotContain("expected-response-phq9-total-median-3");
        assertThat(text(group(doc, "expected-response-label-phq9-total")))
                .contains("expected: 25th–75th percentile, median dashed");

        Document without = svg(chart(fullCourse()).post("/trends/chart"));
        assertThat(groups(without).stream().map(g -> g.getAttribute("class"))).doesNotContain("expected-response");
    }

    @Test
    void titleAndDescSayTheCourseInWords() throws Exception {
        Document doc = svg(chart(fullCourse()).post("/trends/chart"));
        Element title = (Element) doc.getDocumentElement().getFirstChild();
        Element desc = (Element) title.getNextSibling();
        assertThat(title.getLocalName()).isEqualTo("title");
        assertThat(title.getAttribute("id")).isEqualTo("chart-title");
        assertThat(title.getTextContent()).isEqualTo("Course of PHQ-9 total, GAD-7 total, DSQ-40 Mature defense "
                + "style, DSQ-40 Neurotic defense style and DSQ-40 Immature defense style, 2026-01-05 to 2026-09-07");
        assertThat(desc.getLocalName()).isEqualTo("desc");
        assertThat(desc.getTextContent())
                .contains("Better is up on every panel")
                .contains("10 administrations from 2026-01-05 to 2026-09-07; baseline 2026-01-05 (19)")
                .contains("PHQ-9 total fell from 19 to 4")
                .contains("Durable recovery")
                .contains("reliable recovery");
    }

    @Test
    void betterIsUpOnEveryPanelAndEachPanelSaysSo() throws Exception {
        String body = """
                {"administrations": [
                  {"instrument": "who5", "date": "2026-01-05", "scores": {"percentage": 40}},
                  {"instrument": "who5", "date": "2026-02-05", "scores": {"percentage": 64}},
                  {"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 14}},
                  {"instrument": "phq9", "date": "2026-02-05", "scores": {"total": 7}}
                ]}""";
        Document doc = svg(chart(body).post("/trends/chart"));
        assertThat(text(group(doc, "direction-who5-percentage"))).contains("↑ better (higher scores)");
        assertThat(text(group(doc, "direction-phq9-total"))).contains("↑ better (lower scores; axis inverted)");
    }

    @Test
    void scalesChooseAndOrderThePanels() throws Exception {
        Document doc = svg(chart(fullCourse()).queryParam("scales", "gad7/total").post("/trends/chart"));
        assertThat(groups(doc)).extracting(g -> g.getAttribute("id")).contains("series-gad7-total")
                .noneMatch(id -> id.contains("phq9"));
        assertThat(doc.getDocumentElement().getFirstChild().getTextContent()).startsWith("Course of GAD-7 total,");
        // The NHS Talking Therapies pairing needs both scales drawn.
        assertThat(doc.getDocumentElement().getFirstChild().getNextSibling().getTextContent())
                .doesNotContain("NHS Talking Therapies (PHQ-9 and GAD-7 together)");

        Document byInstrument = svg(chart(fullCourse()).queryParam("scales", "gad7,phq9").post("/trends/chart"));
        assertThat(byInstrument.getDocumentElement().getFirstChild().getTextContent())
                .startsWith("Course of GAD-7 total and PHQ-9 total,");
    }

    @Test
    void thePngDecodesAtTheRequestedSize() throws Exception {
        Response png = chart(fullCourse()).accept("image/png").queryParam("width", 640).queryParam("height", 480)
                .post("/trends/chart");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.contentType()).isEqualTo("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.asByteArray()));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(480);
    }

    @Test
    void acceptIsNegotiatedWithItsWeights() throws Exception {
        assertThat(chart(fullCourse()).accept("image/svg+xml;q=0.5, image/png").post("/trends/chart").contentType())
                .isEqualTo("image/png");
        assertThat(chart(fullCourse()).accept("application/json, image/png").post("/trends/chart").contentType())
                .isEqualTo("image/png");
        assertThat(chart(fullCourse()).accept("image/*").post("/trends/chart").contentType())
                .isEqualTo("image/svg+xml");
        Response none = given().contentType(ContentType.JSON).header("Accept", "").body(fullCourse())
                .post("/trends/chart");
        assertThat(none.contentType()).isEqualTo("image/svg+xml");
        assertThat(none.header("Vary")).contains("Accept");
    }

    @Test
    void theDefaultSizeGrowsWithThePanels() throws Exception {
        Response png = chart(fullCourse()).accept("image/png").post("/trends/chart");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.asByteArray()));
        assertThat(image.getWidth()).isEqualTo(960);
        // Three panels: PHQ-9, GAD-7 and the three DSQ-40 factors on one.
        assertThat(image.getHeight()).isEqualTo(190 + 250 * 3);
    }

    @Test
    void aBadRequestGetsTheSameProblemAsPostTrends() throws Exception {
        List<String> bodies = List.of(
                // ties: 422
                """
                {"administrations": [
                  {"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 12}},
                  {"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 14}}]}""",
                // impossible date, unknown instrument, out-of-range score
                "{\"administrations\": [{\"instrument\": \"phq9\", \"date\": \"2026-02-30\", \"scores\": {\"total\": 12}}]}",
                "{\"administrations\": [{\"instrument\": \"bdi2\", \"date\": \"2026-01-05\", \"scores\": {\"total\": 12}},"
                        + " {\"instrument\": \"phq9\", \"date\": \"2026-01-12\", \"scores\": {\"total\": 28}}]}",
                "{\"administrations\": []}",
                "{\"administrations\": [], \"colour\": \"red\"}",
                "{\"administrations\": [",
                "null");
        for (String body : bodies) {
            Response trends = given().contentType(ContentType.JSON).body(body).post("/trends");
            for (String accept : List.of("image/svg+xml", "image/png", "*/*")) {
                Response chart = chart(body).accept(accept).post("/trends/chart");
                assertThat(chart.statusCode()).as(body).isEqualTo(trends.statusCode()).isBetween(400, 499);
                assertThat(chart.contentType()).isEqualTo("application/problem+json");
                assertThat(JSON.readTree(chart.asString())).as(body).isEqualTo(JSON.readTree(trends.asString()));
            }
        }
    }


    @Test
    void unknownScalesAndSizesOutOfBoundsAreProblems() throws Exception {
        Response unknown = chart(fullCourse()).queryParam("scales", "phq9/total,bdi2/total").post("/trends/chart");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(unknown.asString());
        assertThat(problem.get("type").asText()).isEqualTo("/problems/invalid-chart-parameters");
        assertThat(problem.get("detail").asText()).contains("Entry 2 of `scales`").doesNotContain("bdi2");

        for (String[] size : new String[][] {{"width", "319"}, {"width", "2401"}, {"height", "239"},
                {"height", "wide"}}) {
            Response r = chart(fullCourse()).queryParam(size[0], size[1]).post("/trends/chart");
            assertThat(r.statusCode()).as(size[0] + "=" + size[1]).isEqualTo(400);
            assertThat(JSON.readTree(r.asString()).get("detail").asText()).contains("`" + size[0] + "`");
        }
        Response none = chart(fullCourse()).queryParam("scales", " , ").post("/trends/chart");
        assertThat(none.statusCode()).isEqualTo(400);
    }

    @Test
    void nothingScoredIsAProblemNotAnEmptyChart() throws Exception {
        Response r = chart("{\"administrations\": [{\"instrument\": \"phq9\", \"date\": \"2026-01-05\", "
                + "\"responses\": {\"1\": null}}]}").post("/trends/chart");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(r.asString()).get("type").asText()).isEqualTo("/problems/not-scorable");
    }

    @Test
    void anAcceptThatIsNoImageIs406() throws Exception {
        Response r = chart(fullCourse()).accept("application/json").post("/trends/chart");
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(r.asString());
        assertThat(problem.get("type").asText()).isEqualTo("/problems/not-acceptable");
        assertThat(problem.get("detail").asText()).contains("image/svg+xml or image/png");
    }

    @Test
    void callerDefinedIdsBecomeSafeElementIds() throws Exception {
        String body = """
                {"administrations": [
                  {"instrument": "clinic <x onload='1'>", "date": "2026-01-05", "phase": "baseline", "scores": {"total": 30}},
                  {"instrument": "clinic <x onload='1'>", "date": "2026-03-02", "phase": "termination", "scores": {"total": 14}}],
                 "measures": [{"id": "clinic <x onload='1'>", "scale": "total", "direction": "lower-is-better",
                   "reliability": 0.88, "referenceSd": 7.0, "cutoff": 20, "cutoffComparison": "at-or-above"}]}""";
        Document doc = svg(chart(body).post("/trends/chart"));
        assertThat(group(doc, "series-clinic-x-onload-1-total").getAttribute("class")).isEqualTo("series");
        assertThat(group(doc, "cutoff-clinic-x-onload-1-total")).isNotNull();
        assertThat(groups(doc)).noneMatch(g -> g.hasAttribute("onload"));
    }

    /** The x coordinates where the score line of a scale starts each of its segments, and where the last ends. */
    private static List<Double> xs(Document doc, String key) {
        NodeList lines = group(doc, "series-" + key).getElementsByTagNameNS(SVG_NS, "line");
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < lines.getLength(); i++) {
            xs.add(Double.parseDouble(((Element) lines.item(i)).getAttribute("x1")));
        }
        xs.add(Double.parseDouble(((Element) lines.item(lines.getLength() - 1)).getAttribute("x2")));
        return xs;
    }

    @Test
    void bySessionSessionsAreOneStepApartAndFollowUpsComeAfterABreak() throws Exception {
        Document doc = svg(chart(fullCourse()).queryParam("axis", "session").post("/trends/chart"));
        // PHQ-9 at sessions 1, 2, 3, 4, 5, 6, 8, 9, then the follow-ups at 9 + 2 and 9 + 3 (after the break).
        List<Double> x = xs(doc, "phq9-total");
        double step = x.get(1) - x.get(0);
        assertThat(x).hasSize(10);
        assertThat(x.get(6) - x.get(5)).isCloseTo(2 * step, offset(0.01));
        assertThat(x.get(8) - x.get(7)).isCloseTo(2 * step, offset(0.01));
        assertThat(x.get(9) - x.get(8)).isCloseTo(step, offset(0.01));
        // Termination 2026-03-02; follow-ups 91 days (91 / 30.44 = 2.99) and 189 days (6.2) later.
        List<String> ticks = texts(doc);
        assertThat(ticks).contains("FU +3 mo", "FU +6 mo", "1", "9")
                .contains("session · FU = follow-up, time since termination");
        assertThat(text(group(doc, "axis-break-phq9-total"))).contains("follow-ups are no sessions");
        // Session 7 has no administration in the request: marked on every panel.
        assertThat(text(group(doc, "missed-session-phq9-total-7")))
                .contains("Session 7: no administration in this request")
                .contains("between session 6 on 2026-02-09 and session 8 on 2026-02-23");
        assertThat(group(doc, "missed-session-dsq40-7").getAttribute("class")).isEqualTo("missed-session");
    }

    @Test
    void byDateTheAxisBreaksAfterTerminationSoTreatmentKeepsTheWidth() throws Exception {
        Document doc = svg(chart(fullCourse()).post("/trends/chart"));
        // Treatment 2026-01-05 to 2026-03-02 is 56 days; the first follow-up is 91 days after termination, more
        // than treatment lasted, so the axis breaks (6.72 units, 12 % of treatment) and the follow-up period
        // (98 days) is drawn at half the width of treatment: 56 units to 28.
        List<Double> x = xs(doc, "phq9-total");
        double treatment = x.get(7) - x.get(0);
        double followUp = x.get(9) - x.get(8);
        assertThat(followUp / treatment).isCloseTo(0.5, offset(0.001));
        assertThat((x.get(8) - x.get(7)) / treatment).isCloseTo(0.12, offset(0.001));
        // Weekly sessions 1 to 2 are 7 of the 56 days.
        assertThat((x.get(1) - x.get(0)) / treatment).isCloseTo(0.125, offset(0.001));
        assertThat(text(group(doc, "axis-break-phq9-total"))).contains("the 13 weeks from termination (2026-03-02) "
                + "to the first follow-up (2026-06-01) are left out");
        assertThat(texts(doc)).contains("date (axis broken after termination; follow-up period compressed)",
                "2026-01-05", "2026-06-01", "2026-09-07");
        // Session 7 fell between 2026-02-09 and 2026-02-23: the middle half of that interval is marked.
        assertThat(text(group(doc, "missed-session-gad7-total-7"))).contains("Session 7");
    }

    @Test
    void theDsq40FactorsShareOnePanelWithOneAxis() throws Exception {
        Document doc = svg(chart(fullCourse()).queryParam("scales", "dsq40").post("/trends/chart"));
        for (String factor : List.of("mature", "neurotic", "immature")) {
            assertThat(xs(doc, "dsq40-" + factor)).hasSize(4);
        }
        assertThat(text(group(doc, "direction-dsq40"))).contains("better is up for some scales only");
        assertThat(text(group(doc, "label-dsq40-mature"))).contains("higher is better");
        assertThat(text(group(doc, "label-dsq40-neurotic"))).contains("lower is better");
        assertThat(text(group(doc, "label-dsq40-immature"))).contains("lower is better");
        // One axis 1 to 9, not inverted (the factors differ in direction): each tick once.
        assertThat(texts(doc).stream().filter(t -> t.equals("9"))).hasSize(1);
        // The axis is labelled with what the scales' labels share (drawn as glyph outlines, so read the title).
        assertThat(text(group(doc, "direction-dsq40"))).startsWith("DSQ-40: ");
        Response png = chart(fullCourse()).accept("image/png").queryParam("scales", "dsq40").post("/trends/chart");
        assertThat(ImageIO.read(new ByteArrayInputStream(png.asByteArray())).getHeight()).isEqualTo(190 + 250);
    }

    @Test
    void theSessionAxisNeedsSessionNumbersAndTheAxisAKnownName() throws Exception {
        String unnumbered = """
                {"administrations": [
                  {"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 14}},
                  {"instrument": "phq9", "date": "2026-02-05", "session": 2, "scores": {"total": 7}}]}""";
        Response r = chart(unnumbered).queryParam("axis", "session").post("/trends/chart");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.asString()).get("detail").asText())
                .contains("`axis=session` needs a `session` number").contains("1 of the drawn administrations has");
        assertThat(chart(unnumbered).queryParam("axis", "date").post("/trends/chart").statusCode()).isEqualTo(200);
        Response weekly = chart(fullCourse()).queryParam("axis", "weekly").post("/trends/chart");
        assertThat(weekly.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(weekly.asString()).get("detail").asText())
                .isEqualTo("`axis` must be `date` or `session`.");
    }

    private static List<String> texts(Document doc) {
        NodeList all = doc.getElementsByTagNameNS(SVG_NS, "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            texts.add(all.item(i).getTextContent());
        }
        return texts;
    }
}
