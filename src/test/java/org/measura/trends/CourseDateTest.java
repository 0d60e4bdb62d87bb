package org.measura.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The yyyy-mm-dd fast path reads exactly what LocalDate.parse reads, and refuses what it refuses. */
class CourseDateTest {

    @Test
    void plainDatesAgreeWithTheGeneralParser() {
        for (int year : new int[] {0, 1900, 2000, 2023, 2024, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String text = String.format("%04d-%02d-%02d", year, month, day);
                    List<FieldReason> errors = new ArrayList<>();
                    LocalDate read = AdministrationChecks.date(0, text, errors);
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
        List<FieldReason> errors = new ArrayList<>();
        assertThat(AdministrationChecks.date(0, "2026-03-02T09:30:00Z", errors)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(AdministrationChecks.date(0, "2026-3-02", errors)).isNull();
        assertThat(AdministrationChecks.date(0, "2026-0a-02", errors)).isNull();
        assertThat(errors).hasSize(2);
    }

    @Test
    void aFractionOfASecondMayHaveMoreThanNineDigits() {
        List<FieldReason> errors = new ArrayList<>();
        assertThat(AdministrationChecks.date(0, "2026-03-02T23:59:59.123456789012+01:00", errors))
                .isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(AdministrationChecks.date(0, "2026-03-02T09:30:00.0000000000001", errors))
                .isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(AdministrationChecks.date(0, "2026-03-02T09:30:00.1234567890Q", errors)).isNull();
        assertThat(errors).hasSize(1);
    }
}
