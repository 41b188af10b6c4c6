package vn.motcua.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The holidays of a year whose Government notice has not been entered, computed from the Labor Code 2019:
 * art. 112 (1/1; Tết 5 days; Hùng Kings; 30/4; 1/5; 2/9 plus one adjacent day) and art. 111(3) (a holiday on
 * the weekly rest day gives the next working day off). The result is provisional: the Government fixes Tết and
 * National Day each year and usually swaps days to make longer breaks, which only the holiday file can say.
 */
final class StatutoryHolidays {

    private StatutoryHolidays() {
    }

    static HolidayYear forYear(int year) {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        add(days, LocalDate.of(year, 1, 1), "Tết Dương lịch");
        // Tết: the last day of the old lunar year and the first four days of the new one, the usual split.
        LocalDate newYear = LunarCalendar.lunarNewYear(year);
        add(days, newYear.minusDays(1), "Tết Nguyên đán (ngày cuối năm âm lịch)");
        for (int day = 1; day <= 4; day++) {
            add(days, newYear.plusDays(day - 1), "Tết Nguyên đán (mùng " + day + ")");
        }
        add(days, LunarCalendar.hungKingsDay(year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        add(days, LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)");
        add(days, LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)");
        // National Day's adjacent day: the day before, as in 2025; the notice may choose 3/9 instead.
        add(days, LocalDate.of(year, 9, 1), "Quốc khánh (ngày liền kề 1/9)");
        add(days, LocalDate.of(year, 9, 2), "Quốc khánh (2/9)");
        compensateWeekendHolidays(days);
        return new HolidayYear(year, true, days, new TreeMap<>());
    }

    private static void add(Map<LocalDate, String> days, LocalDate date, String name) {
        days.merge(date, name, (first, second) -> first + "; " + second);
    }

    // In date order, each weekend holiday takes the first weekday after it that is neither a holiday nor
    // already taken by an earlier compensation (so Sat+Sun of Tết give two days after the block).
    private static void compensateWeekendHolidays(Map<LocalDate, String> days) {
        List<Map.Entry<LocalDate, String>> holidays = new ArrayList<>(days.entrySet());
        for (Map.Entry<LocalDate, String> holiday : holidays) {
            if (isWeekend(holiday.getKey())) {
                LocalDate replacement = holiday.getKey().plusDays(1);
                while (isWeekend(replacement) || days.containsKey(replacement)) {
                    replacement = replacement.plusDays(1);
                }
                days.put(replacement, "Nghỉ bù " + holiday.getValue());
            }
        }
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
