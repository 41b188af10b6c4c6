package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayFileTest {

    static final Path SHIPPED = Path.of("config/holidays.txt");

    @Test
    void readsYearsRangesSwapsAndComments() {
        HolidaySchedule schedule = parse("""
                # a comment
                year 2025 official   # trailing comment

                2025-01-01 OFF Tết Dương lịch
                2025-01-25..2025-02-02 OFF Tết Nguyên đán
                2025-04-26 WORK Làm bù cho thứ Sáu 02/05/2025
                2025-05-02 OFF Nghỉ hoán đổi
                year 2027 provisional
                2027-01-01 OFF Tết Dương lịch
                """);

        assertThat(schedule.isProvisional(2025)).isFalse();
        assertThat(schedule.isProvisional(2027)).isTrue();
        assertThat(schedule.isProvisional(2026)).as("not entered, so computed").isTrue();
        assertThat(schedule.enteredYears()).containsExactly(2025, 2027);
        assertThat(schedule.daysOff(2025)).hasSize(1 + 9 + 1);
        assertThat(schedule.daysOff(2025).get(0)).isEqualTo(new Holiday(d("2025-01-01"), "Tết Dương lịch"));
        assertThat(schedule.swappedWorkingDays(2025)).containsExactly(d("2025-04-26"));
        assertThat(schedule.daysOff(2027)).containsExactly(new Holiday(d("2027-01-01"), "Tết Dương lịch"));
    }

    @Test
    void acceptsACapitalisedYearHeader() {
        assertThat(parse("Year 2026 official\n2026-01-01 OFF Tết Dương lịch\n").isProvisional(2026)).isFalse();
    }

    @Test
    void ignoresAByteOrderMarkAtTheStart() {
        HolidaySchedule schedule = parse("\uFEFFyear 2026 official\n2026-01-01 OFF Tết Dương lịch\n");

        assertThat(schedule.isDayOff(d("2026-01-01"))).isTrue();
    }

    @ParameterizedTest(name = "line {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # file text, \\n between lines                    | line | reason
            year 2026 official\\n2026-01-01 OFF A\\n2026-02-30 OFF B | 3 | '2026-02-30' is not a date
            year 2026 official\\n2026-1-1 OFF A                    | 2 | '2026-1-1' is not a date
            year 2026 official\\n2025-12-31 OFF A                  | 2 | 2025-12-31 is outside year 2026 (declared on line 1)
            year 2026 official\\n2026-12-30..2027-01-02 OFF A      | 2 | 2027-01-02 is outside year 2026
            year 2026 official\\n2026-02-22..2026-02-14 OFF Tết    | 2 | range end 2026-02-14 is before its start 2026-02-22
            year 2026 official\\n2026-02-14.. OFF Tết              | 2 | '' is not a date
            year 2026 official\\n2026-01-01 HOLIDAY A              | 2 | unknown kind 'HOLIDAY' (expected OFF or WORK)
            year 2026 official\\n2026-01-01                        | 2 | missing kind after '2026-01-01'
            year 2026 official\\n2026-01-01 OFF                    | 2 | missing a name after OFF
            year 2026 official\\n2026-01-01 OFF A\\n\\n2026-01-01 OFF B | 4 | 2026-01-01 is already listed on line 2
            year 2026 official\\n2026-02-14..2026-02-22 OFF T\\n2026-02-16 OFF B | 3 | 2026-02-16 is already listed on line 2
            '# holidays\\n2026-01-01 OFF A'                        | 2 | entry before any 'year' header
            year 2026 official\\n2026-01-01 OFF A\\nyear 2026 official | 3 | year 2026 is declared twice (first on line 1)
            year 2026 final                                        | 1 | unknown status 'final' (expected official or provisional)
            year 2026                                              | 1 | a year header reads 'year YYYY official'
            year 26 official                                       | 1 | '26' is not a year
            year 2026 official now                                 | 1 | unexpected 'now' after the year header
            year 2026 official\\n2026-04-29 WORK Làm bù            | 2 | 2026-04-29 is a Wednesday; only a Saturday or a Sunday
            """)
    void namesTheSourceTheLineAndTheReasonOfEachMistake(String text, int line, String reason) {
        String content = text.replace("\\n", "\n");

        assertThatThrownBy(() -> HolidayFile.parse(new StringReader(content), "holidays.txt"))
                .isInstanceOfSatisfying(MalformedHolidayFile.class, e -> {
                    assertThat(e.sourceName()).isEqualTo("holidays.txt");
                    assertThat(e.lineNumber()).isEqualTo(line);
                    assertThat(e.reason()).contains(reason);
                })
                .hasMessageStartingWith("holidays.txt line " + line + ": ");
    }

    @Test
    void givesTheExactMessageOfTheBrief() {
        assertThatThrownBy(() -> parse("# 1\n# 2\nyear 2026 official\n# 4\n# 5\n# 6\n2026-02-30 OFF X\n"))
                .hasMessage("holidays.txt line 7: '2026-02-30' is not a date (expected YYYY-MM-DD)");
    }

    @Test
    void namesTheLoadedFileByItsPath() {
        assertThatThrownBy(() -> HolidayFile.load(Path.of("no/such/holidays.txt")))
                .hasMessageContaining("no/such/holidays.txt");
    }

    @Test
    void shipsTheOfficial2026ScheduleOfDomainMd() {
        HolidaySchedule schedule = HolidayFile.load(SHIPPED);

        assertThat(schedule.isProvisional(2026)).isFalse();
        assertThat(dates(schedule.nonWorkingDays(2026))).containsExactly(
                d("2026-01-01"), d("2026-01-02"), // Friday 02/01 swapped for Saturday 10/01
                // Tết Sat 14/02 – Sun 22/02: the weekdays Mon 16 – Fri 20/02
                d("2026-02-16"), d("2026-02-17"), d("2026-02-18"), d("2026-02-19"), d("2026-02-20"),
                d("2026-04-27"), // Hùng Kings falls on Sunday 26/04
                d("2026-04-30"), d("2026-05-01"),
                d("2026-08-31"), // Monday 31/08 swapped for Saturday 22/08
                d("2026-09-01"), d("2026-09-02"));
        for (LocalDate day = d("2026-02-14"); !day.isAfter(d("2026-02-22")); day = day.plusDays(1)) {
            assertThat(schedule.isDayOff(day)).as(day.toString()).isTrue();
        }
        assertThat(schedule.isDayOff(d("2026-04-26"))).isTrue();
        assertThat(schedule.swappedWorkingDays(2026)).containsExactly(d("2026-01-10"), d("2026-08-22"));
    }

    @Test
    void shipsThe2025ScheduleWithTheSwappedSaturday() {
        HolidaySchedule schedule = HolidayFile.load(SHIPPED);

        assertThat(schedule.isProvisional(2025)).isFalse();
        assertThat(schedule.swappedWorkingDays(2025)).containsExactly(d("2025-04-26"));
        assertThat(dates(schedule.nonWorkingDays(2025))).containsExactly(
                d("2025-01-01"),
                d("2025-01-27"), d("2025-01-28"), d("2025-01-29"), d("2025-01-30"), d("2025-01-31"),
                d("2025-04-07"),
                d("2025-04-30"), d("2025-05-01"), d("2025-05-02"),
                d("2025-09-01"), d("2025-09-02"));
    }

    @Test
    void ships2027AsProvisionalWithTheDaysTheRuleComputes() {
        HolidaySchedule schedule = HolidayFile.load(SHIPPED);

        assertThat(schedule.isProvisional(2027)).isTrue();
        assertThat(dates(schedule.daysOff(2027)))
                .isEqualTo(dates(HolidaySchedule.statutoryRuleOnly().daysOff(2027)));
    }

    @Test
    void anAddedDayOffMovesTheDueDates() throws IOException {
        String shipped = Files.readString(SHIPPED);
        String edited = shipped.replace("year 2026 official\n",
                "year 2026 official\n2026-03-10 OFF Nghỉ đột xuất (thêm để thử)\n");
        assertThat(edited).isNotEqualTo(shipped);
        WorkingCalendar before = Calendars.standardOffice();
        WorkingCalendar after = new WorkingCalendar(Calendars.HANOI, OfficeHours.standard(), parse(edited));
        DeadlineRule oneDay = DeadlineRule.parse("WD:1");

        // Mon 09/03 16–17 = 1 h; then Tue 10/03 08–12, 13–16 → 8 h; with Tue off, the same on Wed 11/03.
        assertThat(before.due(LocalDateTime.parse("2026-03-09T16:00"), oneDay).dueAt())
                .isEqualTo(Calendars.at("2026-03-10T16:00"));
        assertThat(after.due(LocalDateTime.parse("2026-03-09T16:00"), oneDay).dueAt())
                .isEqualTo(Calendars.at("2026-03-11T16:00"));
    }

    private static HolidaySchedule parse(String text) {
        return HolidayFile.parse(new StringReader(text), "holidays.txt");
    }

    static List<LocalDate> dates(List<Holiday> holidays) {
        return holidays.stream().map(Holiday::date).toList();
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }
}
