package vn.motcua.deadline;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which days are off and which weekend days are worked. A year entered in the holiday file is taken as the
 * administrator wrote it (official, or provisional if the header says so); any other year is computed by the
 * statutory rule and is always provisional. Immutable and safe to share.
 */
public final class HolidaySchedule {

    private final Map<Integer, HolidayYear> entered;
    private final Map<Integer, HolidayYear> computed = new ConcurrentHashMap<>();

    HolidaySchedule(Map<Integer, HolidayYear> entered) {
        this.entered = Map.copyOf(entered);
    }

    /** A schedule with no entered year: every year computed by the statutory rule, provisional. */
    public static HolidaySchedule statutoryRuleOnly() {
        return new HolidaySchedule(Map.of());
    }

    /** True unless the year was entered with an {@code official} header. */
    public boolean isProvisional(int year) {
        return year(year).provisional();
    }

    /** The years the holiday file lists, official or provisional, in order. */
    public Set<Integer> enteredYears() {
        return Collections.unmodifiableSet(new TreeSet<>(entered.keySet()));
    }

    /**
     * The days of {@code year} that are off beyond ordinary weekends: the Monday-to-Friday days that holidays,
     * compensation and swaps take away, sorted by date.
     */
    public List<Holiday> nonWorkingDays(int year) {
        return year(year).daysOff().entrySet().stream()
                .filter(day -> !StatutoryHolidays.isWeekend(day.getKey()))
                .map(day -> new Holiday(day.getKey(), day.getValue()))
                .toList();
    }

    /** Every day off of {@code year} as entered or computed, weekend days included, sorted by date. */
    public List<Holiday> daysOff(int year) {
        return year(year).daysOff().entrySet().stream()
                .map(day -> new Holiday(day.getKey(), day.getValue()))
                .toList();
    }

    /** The weekend days of {@code year} that are worked in exchange for a day off, sorted. */
    public List<LocalDate> swappedWorkingDays(int year) {
        return List.copyOf(year(year).swappedWorkingDays().keySet());
    }

    /** Whether the date is a holiday, a compensation or a swapped day off (whatever day of the week it is). */
    public boolean isDayOff(LocalDate date) {
        return year(date.getYear()).daysOff().containsKey(date);
    }

    /** Whether the date is a weekend day worked in exchange for a day off. */
    public boolean isSwappedWorkingDay(LocalDate date) {
        return year(date.getYear()).swappedWorkingDays().containsKey(date);
    }

    HolidayYear year(int year) {
        HolidayYear given = entered.get(year);
        return given != null ? given : computed.computeIfAbsent(year, StatutoryHolidays::forYear);
    }
}
