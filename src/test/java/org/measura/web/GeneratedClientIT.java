package org.measura.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.measura.client.ApiClient;
import org.measura.client.api.InstrumentsApi;
import org.measura.client.api.TrendsApi;
import org.measura.client.model.ChangeComparison;
import org.measura.client.model.ScaleResult;
import org.measura.client.model.ScaleTrend;
import org.measura.client.model.ScoreRequest;
import org.measura.client.model.ScoreResult;
import org.measura.client.model.TrendAdministration;
import org.measura.client.model.TrendReport;
import org.measura.client.model.TrendRequest;

/**
 * A client generated at build time from the committed openapi/openapi.yaml (openapi-generator, Java, into target/)
 * scores a PHQ-9 and runs a trend against the packaged service, authenticated as deployed: what a team that
 * generates its client from the document gets.
 */
@QuarkusIntegrationTest
class GeneratedClientIT {

    private static ApiClient client() throws Exception {
        Instant now = Instant.now();
        String token = Jwt.issuer("https://issuer.test/measura").audience("measura-api").subject("generated-client")
                .issuedAt(now).expiresAt(now.plusSeconds(600)).sign(KeyUtils.readPrivateKey("auth/test-private.pem"));
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + RestAssured.port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void scoresAPhq9() throws Exception {
        Map<String, Integer> responses = new LinkedHashMap<>();
        int[] ticked = {2, 2, 1, 2, 1, 1, 2, 0, 1};
        for (int i = 0; i < ticked.length; i++) {
            responses.put(String.valueOf(i + 1), ticked[i]);
        }
        ScoreResult result = new InstrumentsApi(client()).scoreAdministration("phq9",
                new ScoreRequest().responses(responses));

        // By hand: 2+2+1+2+1+1+2+0+1 = 12, in the band moderate (10-14); item 9 above 0 fires the self-harm flag.
        ScaleResult total = result.getScales().get(0);
        assertThat(total.getId()).isEqualTo("total");
        assertThat(total.getScore().doubleValue()).isEqualTo(12.0);
        assertThat(total.getBand().getId()).isEqualTo("moderate");
        assertThat(result.getFlags()).extracting(f -> f.getId()).containsExactly("self-harm-thoughts");
    }

    @Test
    void runsATrend() throws Exception {
        TrendReport report = new TrendsApi(client()).analyseTrend(new TrendRequest().administrations(List.of(
                new TrendAdministration().instrument("phq9").date("2026-01-05")
                        .phase(TrendAdministration.PhaseEnum.BASELINE).scores(Map.of("total", 19.0)),
                new TrendAdministration().instrument("phq9").date("2026-03-02")
                        .phase(TrendAdministration.PhaseEnum.TERMINATION).scores(Map.of("total", 6.0)))), null)
                .getTrendReport();

        // By hand: 19 -> 6 is a fall of 13, at least the PHQ-9's published reliable-change threshold of 6 points
        // (the default without a reference SD), so reliable improvement; 19 is at or above the cut-off 10 and 6 below
        // it, so recovered.
        ScaleTrend phq9 = report.getScales().get(0);
        ChangeComparison baselineToTermination = phq9.getComparisons().stream()
                .filter(c -> "baseline-to-termination".equals(String.valueOf(c.getKind()))).findFirst().orElseThrow();
        assertThat(baselineToTermination.getRawChange().doubleValue()).isEqualTo(-13.0);
        assertThat(String.valueOf(baselineToTermination.getReliableChange().getStatus()))
                .isEqualTo("reliable-improvement");
        assertThat(String.valueOf(baselineToTermination.getClinicalSignificance().getCategory())).isEqualTo("recovered");
    }
}
