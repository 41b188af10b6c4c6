package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayScheduleTest {

    private final HolidaySchedule rule = HolidaySchedule.statutoryRuleOnly();

    @Test
    void marksEveryYearThatIsNotEnteredAsProvisional() {
        assertThat(rule.isProvisional(2028)).isTrue();
        assertThat(rule.enteredYears()).isEmpty();
    }

    @Test
    void computes2028WithTheCompensationForEveryWeekendHoliday() {
        // 2028: 1/1 is a Saturday → Monday 3/1 off.
        // Tết (lunar new year Wed 26/01): Tue 25/01 (last day of the old year), Wed 26 – Sat 29/01.
        //   Sat 29/01 is a weekend holiday → the next weekday that is not a holiday: Mon 31/01.
        // Hùng Kings Tue 04/04.
        // 30/4 is a Sunday → Mon 1/5 is already a holiday → Tue 2/5 off.
        // 1/9 Friday, 2/9 Saturday → Sun 3/9 is weekend → Mon 4/9 off.
        assertThat(dates(rule.daysOff(2028))).containsExactly(
                d("2028-01-01"), d("2028-01-03"),
                d("2028-01-25"), d("2028-01-26"), d("2028-01-27"), d("2028-01-28"), d("2028-01-29"),
                d("2028-01-31"),
                d("2028-04-04"),
                d("2028-04-30"), d("2028-05-01"), d("2028-05-02"),
                d("2028-09-01"), d("2028-09-02"), d("2028-09-04"));
    }

    @Test
    void listsOnlyTheWeekdaysAsNonWorkingDays() {
        // The same days as above without Sat 1/1, Sat 29/01, Sun 30/04 and Sat 2/9.
        assertThat(dates(rule.nonWorkingDays(2028))).containsExactly(
                d("2028-01-03"),
                d("2028-01-25"), d("2028-01-26"), d("2028-01-27"), d("2028-01-28"),
                d("2028-01-31"),
                d("2028-04-04"),
                d("2028-05-01"), d("2028-05-02"),
                d("2028-09-01"), d("2028-09-04"));
    }

    @Test
    void namesTheCompensationAfterTheHolidayItReplaces() {
        assertThat(rule.nonWorkingDays(2028))
                .contains(new Holiday(d("2028-05-02"), "Nghỉ bù Ngày Chiến thắng (30/4)"))
                .contains(new Holiday(d("2028-01-03"), "Nghỉ bù Tết Dương lịch"));
    }

    @Test
    void givesTwoCompensationDaysWhenBothNationalDayHolidaysFallOnAWeekend() {
        // 2029: Sat 1/9 and Sun 2/9 → Mon 3/9 and Tue 4/9.
        assertThat(dates(rule.nonWorkingDays(2029))).contains(d("2029-09-03"), d("2029-09-04"));
        assertThat(rule.isDayOff(d("2029-09-05"))).isFalse();
    }

    @Test
    void givesCompensationAfterTheWholeTetBlock() {
        // 2027: lunar new year Sat 06/02; Tết is Fri 05 – Tue 09/02; Sat 06 and Sun 07 are made up on
        // the first weekdays after the block that are not holidays: Wed 10 and Thu 11/02.
        assertThat(dates(rule.daysOff(2027))).containsExactly(
                d("2027-01-01"),
                d("2027-02-05"), d("2027-02-06"), d("2027-02-07"), d("2027-02-08"), d("2027-02-09"),
                d("2027-02-10"), d("2027-02-11"),
                d("2027-04-16"),
                d("2027-04-30"), d("2027-05-01"), d("2027-05-03"),
                d("2027-09-01"), d("2027-09-02"));
    }

    @Test
    void computesNoSwappedWorkingDays() {
        assertThat(rule.swappedWorkingDays(2028)).isEmpty();
    }

    @Test
    void answersDayByDay() {
        assertThat(rule.isDayOff(d("2028-05-02"))).isTrue();
        assertThat(rule.isDayOff(d("2028-04-30"))).as("a holiday on a Sunday is still a holiday").isTrue();
        assertThat(rule.isDayOff(d("2028-05-03"))).isFalse();
        assertThat(rule.isSwappedWorkingDay(d("2028-05-06"))).isFalse();
    }

    private static List<LocalDate> dates(List<Holiday> holidays) {
        return holidays.stream().map(Holiday::date).toList();
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }
}
