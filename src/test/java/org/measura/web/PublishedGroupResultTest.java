package org.measura.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Reproduces a published group result one client at a time. Data: Global Distress Scale (GDS, lower is better) of
 * the 30 couples in Jacobson & Truax (1991), Table 2 (Jacobson et al. 1989 marital therapy study); four couples
 * have no post score, leaving 26. Published result: the clinicalsignificance R package (Claus et al., CRAN), whose
 * documented output for these data with reliability 0.80, the Jacobson–Truax method and cut-off a (the baseline
 * sample as the dysfunctional distribution, as the package does when no norms are given) is recovered 10,
 * improved 4, unchanged 12, deteriorated 0, harmed 0.
 */
@QuarkusTest
class PublishedGroupResultTest {

    private static final double[] PRE = {68.0, 74.5, 58.5, 73.5, 78.5, 76.0, 76.5, 63.0, 70.0, 75.0, 63.5, 73.5, 71.5,
            63.5, 57.0, 75.0, 63.0, 75.0, 71.5, 68.0, 75.5, 67.5, 62.5, 69.5, 61.0, 67.0, 75.5, 75.5, 69.5, 66.5};
    private static final Double[] POST = {62.5, 56.0, 58.0, 71.0, 60.5, 77.0, 58.5, 52.0, 65.5, 73.0, 64.0, 55.5,
            53.0, 55.0, 50.0, 78.0, 65.5, 62.0, 60.5, 51.0, 50.0, 44.0, 55.5, 56.0, 60.5, 47.5, null, null, null, null};

    @Test
    void jacobsonTruaxCategoriesMatchThePublishedCounts() {
        List<double[]> complete = new ArrayList<>();
        for (int i = 0; i < PRE.length; i++) {
            if (POST[i] != null) {
                complete.add(new double[] {PRE[i], POST[i]});
            }
        }
        assertThat(complete).hasSize(26);
        // The package describes the dysfunctional population by the baseline sample: mean and SD (n - 1) of the
        // 26 complete pre scores.
        double mean = complete.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double sd = Math.sqrt(complete.stream().mapToDouble(p -> (p[0] - mean) * (p[0] - mean)).sum()
                / (complete.size() - 1));

        Map<String, Integer> counts = new TreeMap<>();
        for (double[] client : complete) {
            String body = """
                    {"administrations": [
                      {"instrument": "gds", "date": "1989-01-10", "phase": "baseline", "scores": {"total": %s}},
                      {"instrument": "gds", "date": "1989-05-10", "phase": "termination", "scores": {"total": %s}}],
                     "measures": [{"id": "gds", "direction": "lower-is-better", "reliability": 0.80,
                       "referenceMean": %s, "referenceSd": %s, "clinicalMean": %s, "clinicalSd": %s}],
                     "options": {"method": "jacobson-truax", "cutoffType": "a"}}"""
                    .formatted(client[0], client[1], mean, sd, mean, sd);
            String category = given().contentType(ContentType.JSON).body(body).post("/trends")
                    .then().statusCode(200).extract()
                    .path("scales[0].comparisons.find { it.kind == 'baseline-to-latest' }.clinicalSignificance.category");
            counts.merge(category, 1, Integer::sum);
        }
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(
                Map.of("recovered", 10, "improved", 4, "unchanged", 12));
    }
}
