package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeHoursTest {

    @Test
    void standardHoursAreMondayToFridayWithALunchBreak() {
        OfficeHours hours = OfficeHours.standard();

        assertThat(hours.intervalsOn(DayOfWeek.WEDNESDAY)).containsExactly(
                new OpeningInterval(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new OpeningInterval(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        assertThat(hours.isOpenOn(DayOfWeek.SATURDAY)).isFalse();
        assertThat(hours.isOpenOn(DayOfWeek.SUNDAY)).isFalse();
        assertThat(hours.standardDay()).isEqualTo(Duration.ofHours(8));
        assertThat(hours.toString()).isEqualTo("MON-FRI 08:00-12:00,13:00-17:00");
    }

    @Test
    void readsASaturdayMorning() {
        OfficeHours hours = OfficeHours.parse("MON-FRI 08:00-12:00,13:00-17:00; SAT 08:00-12:00");

        assertThat(hours.intervalsOn(DayOfWeek.SATURDAY))
                .containsExactly(new OpeningInterval(LocalTime.of(8, 0), LocalTime.of(12, 0)));
        assertThat(hours.standardDay()).isEqualTo(Duration.ofHours(8));
        assertThat(hours.toString()).isEqualTo("MON-FRI 08:00-12:00,13:00-17:00; SAT 08:00-12:00");
    }

    @Test
    void takesTheLongestWeekdayAsTheStandardDay() {
        OfficeHours hours = OfficeHours.parse("MON-THU 07:30-11:30,13:30-17:30; FRI 07:30-11:30");

        assertThat(hours.standardDay()).isEqualTo(Duration.ofHours(8));
        assertThat(hours.standardDayIntervals()).isEqualTo(hours.intervalsOn(DayOfWeek.MONDAY));
    }

    @Test
    void readsDayListsAndWritesThemBackAsRanges() {
        OfficeHours hours = OfficeHours.parse("mon,tue 08:00-11:00; WED-FRI 08:00-11:00");

        assertThat(hours.toString()).isEqualTo("MON-FRI 08:00-11:00");
        assertThat(OfficeHours.parse(hours.toString())).isEqualTo(hours);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "MON-FRI 8-12                       | '8-12' is not an interval HH:mm-HH:mm",
            "MON-FRI 08:00-12:00,               | '' is not an interval",
            "MOM-FRI 08:00-12:00                | 'MOM' is not a day",
            "FRI-MON 08:00-12:00                | 'FRI-MON' runs backwards",
            "MON-FRI                            | 'MON-FRI' has no opening intervals",
            "MON-FRI 12:00-08:00                | '12:00-08:00' closes before it opens",
            "MON-FRI 08:00-12:00,11:00-17:00    | '11:00-17:00' overlaps, touches or precedes '08:00-12:00'",
            "MON-FRI 08:00-12:00,12:00-17:00    | '12:00-17:00' overlaps, touches or precedes",
            "MON-FRI 08:00-24:00                | '08:00-24:00' has a time that is not a time of day",
            "MON-FRI 08:00-12:00; MON 13:00-17:00 | 'MON' is given twice",
            "MON-FRI 08:00-12:00;; SAT 08:00-12:00 | an empty group",
    })
    void refusesBadTextNamingTheBadPart(String text, String reason) {
        assertThatThrownBy(() -> OfficeHours.parse(text))
                .isInstanceOf(InvalidOfficeHours.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void refusesBlankText() {
        assertThatThrownBy(() -> OfficeHours.parse("  ")).isInstanceOf(InvalidOfficeHours.class);
    }
}
