package org.measura.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.measura.scoring.FieldError;

/** The yyyy-mm-dd fast path reads exactly what LocalDate.parse reads, and refuses what it refuses. */
class TrendDateTest {

    @Test
    void plainDatesAgreeWithTheGeneralParser() {
        for (int year : new int[] {0, 1900, 2000, 2023, 2024, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String text = String.format("%04d-%02d-%02d", year, month, day);
                    List<FieldError> errors = new ArrayList<>();
                    LocalDate read = TrendService.date(text, "/d", errors);
                    LocalDate expected;
                    try {
                        expected = LocalDate.parse(text);
                    } catch (DateTimeParseException e) {
                        expected = null;
                    }
                    assertThat(read).as(text).isEqualTo(expected);
                    assertThat(errors.isEmpty()).as(text).isEqualTo(expected != null);
                }
            }
        }
    }

    @Test
    void otherFormsStillGoThroughTheGeneralParser() {
        List<FieldError> errors = new ArrayList<>();
        assertThat(TrendService.date("2026-03-02T09:30:00Z", "/d", errors)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(TrendService.date("2026-3-02", "/d", errors)).isNull();
        assertThat(TrendService.date("2026-0a-02", "/d", errors)).isNull();
        assertThat(errors).hasSize(2);
    }
}
