package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

    @ParameterizedTest(name = "Tết {0} falls on {1}")
    @CsvSource({
            // The years of the brief (domain.md).
            "2025, 2025-01-29",
            "2026, 2026-02-17",
            "2027, 2027-02-06",
            "2028, 2028-01-26",
            "2029, 2029-02-13",
            "2030, 2030-02-02",
            // Past Tết days as they were kept in Vietnam.
            "1990, 1990-01-27",
            "1991, 1991-02-15",
            "1995, 1995-01-31",
            "2000, 2000-02-05",
            "2004, 2004-01-22",
            "2007, 2007-02-17", // a day before China's Tết (18/02): the UTC+7 reckoning at work
            "2008, 2008-02-07",
            "2010, 2010-02-14",
            "2012, 2012-01-23",
            "2015, 2015-02-19",
            "2016, 2016-02-08",
            "2017, 2017-01-28",
            "2018, 2018-02-16",
            "2019, 2019-02-05",
            "2020, 2020-01-25",
            "2021, 2021-02-12",
            "2022, 2022-02-01",
            "2023, 2023-01-22",
            "2024, 2024-02-10",
    })
    void findsTheLunarNewYearOfAGregorianYear(int year, LocalDate expected) {
        assertThat(LunarCalendar.lunarNewYear(year)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Hùng Kings {0} falls on {1}")
    @CsvSource({
            "2025, 2025-04-07",
            "2026, 2026-04-26",
            "2027, 2027-04-16",
            "2028, 2028-04-04",
            "2029, 2029-04-23",
            "2030, 2030-04-12",
            "2019, 2019-04-14",
            "2020, 2020-04-02", // 2020 has a leap 4th month, after the 3rd
            "2021, 2021-04-21",
            "2022, 2022-04-10",
            "2023, 2023-04-29", // 2023 has a leap 2nd month, so the 3rd month starts a lunation later
            "2024, 2024-04-18",
    })
    void findsTheTenthDayOfTheThirdLunarMonth(int year, LocalDate expected) {
        assertThat(LunarCalendar.hungKingsDay(year)).isEqualTo(expected);
    }

    @Test
    void keepsEveryYearFrom1990To2100WithinTheSeasonTheRulesAllow() {
        for (int year = 1990; year <= 2100; year++) {
            LocalDate newYear = LunarCalendar.lunarNewYear(year);
            LocalDate hungKings = LunarCalendar.hungKingsDay(year);
            // Tết is the second new moon after the December solstice (third after a leap 11th or 12th month).
            assertThat(newYear).as("Tết %d", year)
                    .isBetween(LocalDate.of(year, 1, 20), LocalDate.of(year, 2, 21));
            // Month 3 contains the 30° term (about 20 April), so its 10th day is in [31 Mar, 29 Apr].
            assertThat(hungKings).as("Hùng Kings %d", year)
                    .isBetween(LocalDate.of(year, 3, 30), LocalDate.of(year, 4, 30));
            long days = ChronoUnit.DAYS.between(newYear, hungKings);
            // Two or three lunar months of 29 or 30 days plus 9 days.
            assertThat(days).as("Tết to Hùng Kings %d", year).isBetween(2L * 29 + 9, 3L * 30 + 9);
        }
    }

    @Test
    void refusesYearsOutsideTheComputedRange() {
        assertThatThrownBy(() -> LunarCalendar.lunarNewYear(1899))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1899");
    }
}
