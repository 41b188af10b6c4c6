package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.deadline.Calendars.at;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = Calendars.standardOffice();

    @Test
    void knowsWhichDaysTheOfficeOpens() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 13))).as("Fri before Tết").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).as("Mon of Tết").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).as("Hùng Kings compensation").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).as("ordinary Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).as("swapped Saturday 2025").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).as("the Friday swapped away").isFalse();
    }

    @Test
    void opensASwappedSaturdayWithTheHoursOfAStandardWeekday() {
        // Fri 25/04/2025 16–17 = 1 h; Sat 26/04 is worked: 08–12 → 5, 13–16 → 8.
        Due due = calendar.due(LocalDateTime.parse("2025-04-25T16:00"), DeadlineRule.parse("WD:1"));

        assertThat(due.dueAt()).isEqualTo(at("2025-04-26T16:00"));
    }

    @Test
    void skipsThe2025LabourDayBreak() {
        // Tue 29/04/2025 09–12, 13–17 = 7; Wed 30/04 – Sun 04/05 off; Mon 05/05 → 15; Tue 06/05 → 23;
        // Wed 07/05 08–09 → 24.
        Due due = calendar.due(LocalDateTime.parse("2025-04-29T09:00"), DeadlineRule.parse("WD:3"));

        assertThat(due.dueAt()).isEqualTo(at("2025-05-07T09:00"));
    }

    @Test
    void givesTheNextOpening() {
        assertThat(calendar.nextOpening(at("2026-03-09T10:00"))).isEqualTo(at("2026-03-09T10:00"));
        assertThat(calendar.nextOpening(at("2026-03-09T08:00"))).isEqualTo(at("2026-03-09T08:00"));
        assertThat(calendar.nextOpening(at("2026-03-09T07:59:59.999"))).isEqualTo(at("2026-03-09T08:00"));
        assertThat(calendar.nextOpening(at("2026-03-09T12:00"))).isEqualTo(at("2026-03-09T13:00"));
        assertThat(calendar.nextOpening(at("2026-03-09T17:00"))).isEqualTo(at("2026-03-10T08:00"));
        assertThat(calendar.nextOpening(at("2026-02-13T17:30"))).isEqualTo(at("2026-02-23T08:00"));
    }

    @Test
    void addsOfficeTimeStoppingAtAClosingTimeItReachesExactly() {
        assertThat(calendar.plusWorkingTime(at("2026-03-09T08:00"), Duration.ofHours(4)))
                .isEqualTo(at("2026-03-09T12:00"));
        assertThat(calendar.plusWorkingTime(at("2026-03-09T08:00"), Duration.ofHours(8)))
                .isEqualTo(at("2026-03-09T17:00"));
        assertThat(calendar.plusWorkingTime(at("2026-03-09T12:30"), Duration.ofMinutes(1)))
                .isEqualTo(at("2026-03-09T13:01"));
        assertThat(calendar.plusWorkingTime(at("2026-03-09T10:00:00.123456789"), Duration.ofHours(1)))
                .as("keeps nanoseconds").isEqualTo(at("2026-03-09T11:00:00.123456789"));
        assertThat(calendar.plusWorkingTime(at("2026-03-07T10:00"), Duration.ZERO))
                .as("nothing to add").isEqualTo(at("2026-03-07T10:00"));
    }

    @Test
    void subtractsOfficeTimeStoppingAtAnOpeningTimeItReachesExactly() {
        assertThat(calendar.minusWorkingTime(at("2026-03-12T17:00"), Duration.ofHours(8)))
                .isEqualTo(at("2026-03-12T08:00"));
        assertThat(calendar.minusWorkingTime(at("2026-03-12T17:00"), Duration.ofHours(4)))
                .isEqualTo(at("2026-03-12T13:00"));
        assertThat(calendar.minusWorkingTime(at("2026-03-16T08:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-03-13T16:00"));
        // Mon 23/02 08–09 = 1; back over Tết to Fri 13/02 16–17 → 2.
        assertThat(calendar.minusWorkingTime(at("2026-02-23T09:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-02-13T16:00"));
    }

    @Test
    void measuresOfficeTimeBetweenTwoInstants() {
        assertThat(calendar.workingTimeBetween(at("2026-02-13T10:00"), at("2026-02-25T10:00")))
                .isEqualTo(Duration.ofHours(24));
        assertThat(calendar.workingTimeBetween(at("2026-03-09T11:30"), at("2026-03-09T13:30")))
                .isEqualTo(Duration.ofHours(1));
        assertThat(calendar.workingTimeBetween(at("2026-03-09T12:10"), at("2026-03-09T12:50")))
                .isEqualTo(Duration.ZERO);
        assertThat(calendar.workingTimeBetween(at("2026-03-10T10:00"), at("2026-03-09T10:00")))
                .as("b before a").isEqualTo(Duration.ZERO);
    }

    @Test
    void refusesNegativeOfficeTime() {
        assertThatThrownBy(() -> calendar.plusWorkingTime(at("2026-03-09T08:00"), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void flagsADueDateThatReachesIntoAProvisionalYear() {
        // Wed 30/12/2026 8; Thu 31/12 16; Fri 01/01/2027 off (provisional 2027); Mon 04/01 24; Tue 32; Wed 40.
        Due due = calendar.due(LocalDateTime.parse("2026-12-30T08:00"), DeadlineRule.parse("WD:5"));

        assertThat(due.dueAt()).isEqualTo(at("2027-01-06T17:00"));
        assertThat(due.provisional()).isTrue();
        assertThat(calendar.due(LocalDateTime.parse("2026-12-30T08:00"), DeadlineRule.parse("WD:1")).provisional())
                .isFalse();
        assertThat(calendar.due(LocalDateTime.parse("2028-03-01T08:00"), DeadlineRule.parse("WD:1")).provisional())
                .as("2028 is computed").isTrue();
    }

    @Test
    void flagsAReceiptOnAProvisionalDayEvenWhenCountingStartsInAnOfficialYear() {
        // A schedule where 2026 is provisional and 2027 official: only the day of receipt is provisional.
        HolidaySchedule schedule = HolidayFile.parse(new StringReader("""
                year 2026 provisional
                year 2027 official
                2027-01-01 OFF Tết Dương lịch
                """), "test");
        WorkingCalendar mixed = new WorkingCalendar(Calendars.HANOI, OfficeHours.standard(), schedule);

        // Received Thu 31/12/2026 18:00 (provisional year), counting from Mon 04/01/2027 (official).
        Due due = mixed.due(LocalDateTime.parse("2026-12-31T18:00"), DeadlineRule.parse("WD:1"));

        assertThat(due.startsAt()).isEqualTo(at("2027-01-04T08:00"));
        assertThat(due.provisional()).isTrue();
    }

    @Test
    void countsSaturdayMorningsForAnOfficeOpenOnSaturdays() {
        WorkingCalendar saturdays = new WorkingCalendar(Calendars.HANOI,
                OfficeHours.parse("MON-FRI 08:00-12:00,13:00-17:00; SAT 08:00-12:00"),
                HolidayFile.load(HolidayFileTest.SHIPPED));

        // Fri 16–17 = 1; Sat 07/03 08–10 → 3.
        assertThat(saturdays.due(LocalDateTime.parse("2026-03-06T16:00"), DeadlineRule.parse("WH:3")).dueAt())
                .isEqualTo(at("2026-03-07T10:00"));
        // Sat 14/02 and Sat 21/02 are inside Tết: Fri 16–17 = 1; Mon 23/02 08–10 → 3.
        assertThat(saturdays.due(LocalDateTime.parse("2026-02-13T16:00"), DeadlineRule.parse("WH:3")).dueAt())
                .isEqualTo(at("2026-02-23T10:00"));
        // SAME_DAY on a Saturday ends at its 12:00 closing.
        assertThat(saturdays.due(LocalDateTime.parse("2026-03-07T09:00"), DeadlineRule.sameDay()).dueAt())
                .isEqualTo(at("2026-03-07T12:00"));
    }

    @Test
    void followsDaylightSavingTimeInAZoneThatHasIt() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        WorkingCalendar office = new WorkingCalendar(berlin, OfficeHours.standard(),
                HolidaySchedule.statutoryRuleOnly());

        // Clocks go forward on Sun 29/03/2026. Fri 16–17 = 1; Mon 30/03 08–09 (CEST, UTC+2) → 2.
        Due due = office.due(LocalDateTime.parse("2026-03-27T16:00"), DeadlineRule.parse("WH:2"));

        assertThat(due.dueAt()).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
        assertThat(office.workingTimeBetween(Instant.parse("2026-03-27T15:00:00Z"), due.dueAt()))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void refusesInstantsAndDatesOutsideItsRange() {
        assertThatThrownBy(() -> calendar.due(LocalDateTime.parse("1999-12-31T10:00"), DeadlineRule.parse("WD:1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the working calendar's range 2000-01-01..2100-12-31");
        assertThatThrownBy(() -> calendar.nextOpening(Instant.parse("2200-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the working calendar's range");
        assertThatThrownBy(() -> calendar.nextOpening(Instant.MAX))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.plusWorkingTime(at("2100-12-30T10:00"), Duration.ofDays(30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beyond the working calendar's range");
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2101, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2101-01-01 is outside");
    }

    @Test
    void addingOfficeTimeAndMeasuringItAgreeEverywhere() {
        Random random = new Random(20260213);
        long from = at("2025-01-01T00:00").getEpochSecond();
        long to = at("2028-01-01T00:00").getEpochSecond();
        for (int i = 0; i < 5_000; i++) {
            Instant start = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)));
            Duration amount = Duration.ofMinutes(1 + random.nextInt(60 * 8 * 30));

            Instant end = calendar.plusWorkingTime(start, amount);

            assertThat(calendar.workingTimeBetween(start, end)).as("from %s", start).isEqualTo(amount);
            // The earliest such instant: one minute earlier some office time is still missing.
            assertThat(calendar.workingTimeBetween(start, end.minusSeconds(60))).isLessThan(amount);
            assertThat(calendar.minusWorkingTime(end, amount)).isAfterOrEqualTo(start);
            assertThat(calendar.workingTimeBetween(calendar.minusWorkingTime(end, amount), end)).isEqualTo(amount);
        }
    }
}
