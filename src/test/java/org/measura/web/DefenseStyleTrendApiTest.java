package org.measura.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A DSQ-40 course: factor changes, predominant style at each end, and the shift toward mature defenses. */
@QuarkusTest
class DefenseStyleTrendApiTest {

    // DSQ-40 factor membership (Andrews, Singh & Bond 1993, as in the definition).
    private static final List<Integer> MATURE = List.of(2, 3, 5, 25, 26, 30, 35, 38);
    private static final List<Integer> NEUROTIC = List.of(1, 7, 21, 24, 28, 32, 39, 40);

    /** Every mature item answered m, every neurotic item n, every immature item i. */
    private static String responses(int m, int n, int i) {
        return IntStream.rangeClosed(1, 40)
                .mapToObj(item -> "\"" + item + "\": " + (MATURE.contains(item) ? m : NEUROTIC.contains(item) ? n : i))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    @Test
    void aShiftTowardMatureDefensesIsReportedDescriptively() {
        // Baseline: mature 3, neurotic 5, immature 7 (factor = mean of its items) -> immature predominates.
        // Latest: mature 6, neurotic 5, immature 4 -> mature predominates; mature +3, immature -3: a shift.
        String body = "{\"administrations\": ["
                + "{\"instrument\": \"dsq40\", \"date\": \"2026-01-05\", \"phase\": \"baseline\", \"responses\": "
                + responses(3, 5, 7) + "},"
                + "{\"instrument\": \"dsq40\", \"date\": \"2026-09-07\", \"phase\": \"termination\", \"responses\": "
                + responses(6, 5, 4) + "}]}";
        given().contentType(ContentType.JSON).body(body).post("/trends")
                .then().statusCode(200)
                .body("defenseStyle.factors[0].factor", equalTo("mature"))
                .body("defenseStyle.factors[0].change", equalTo(3))
                .body("defenseStyle.factors[1].change", equalTo(0))
                .body("defenseStyle.factors[2].change", equalTo(-3))
                .body("defenseStyle.factors[0].reliableChange", nullValue())
                .body("defenseStyle.factors[0].reliableChangeNote", containsString("descriptive only"))
                .body("defenseStyle.predominantAtBaseline", equalTo("immature"))
                .body("defenseStyle.predominantAtLatest", equalTo("mature"))
                .body("defenseStyle.shiftedTowardMature", equalTo(true))
                .body("defenseStyle.explanation", containsString("shifted toward mature defenses"));
    }

    @Test
    void noShiftWhenTheImmatureFactorDoesNotFall() {
        // Mature 3 -> 6 but immature 7 -> 7: not a shift.
        String body = "{\"administrations\": ["
                + "{\"instrument\": \"dsq40\", \"date\": \"2026-01-05\", \"responses\": " + responses(3, 5, 7) + "},"
                + "{\"instrument\": \"dsq40\", \"date\": \"2026-09-07\", \"responses\": " + responses(6, 5, 7) + "}]}";
        given().contentType(ContentType.JSON).body(body).post("/trends")
                .then().statusCode(200)
                .body("defenseStyle.shiftedTowardMature", equalTo(false))
                .body("defenseStyle.predominantAtLatest", equalTo("immature"));
    }
}
