package vn.motcua.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The weekly opening intervals of an office, e.g. {@code MON-FRI 08:00-12:00,13:00-17:00; SAT 08:00-12:00}.
 * Holidays are not part of it: see {@link HolidaySchedule}. {@link #toString()} gives back the text form.
 */
public final class OfficeHours {

    private static final Pattern INTERVAL = Pattern.compile("([0-9]{2}):([0-9]{2})-([0-9]{2}):([0-9]{2})");
    private static final DayOfWeek[] WEEKDAYS = {
            DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY};

    private final Map<DayOfWeek, List<OpeningInterval>> byDay;
    private final DayOfWeek standardDayOfWeek;

    private OfficeHours(Map<DayOfWeek, List<OpeningInterval>> byDay) {
        this.byDay = Collections.unmodifiableMap(new EnumMap<>(byDay));
        this.standardDayOfWeek = longestDay();
    }

    /** Decision 188/1999/QĐ-TTg's 40-hour week at the default local hours: Mon–Fri 08:00–12:00, 13:00–17:00. */
    public static OfficeHours standard() {
        return parse("MON-FRI 08:00-12:00,13:00-17:00");
    }

    /**
     * Reads groups separated by {@code ;}, each a day list ({@code MON}, {@code MON-FRI}, {@code MON,WED}) and
     * a comma-separated list of {@code HH:mm-HH:mm} intervals in increasing order.
     *
     * @throws InvalidOfficeHours naming the part that is wrong
     */
    public static OfficeHours parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidOfficeHours(String.valueOf(text), "no opening hours given");
        }
        Map<DayOfWeek, List<OpeningInterval>> byDay = new EnumMap<>(DayOfWeek.class);
        for (String group : text.split(";")) {
            String trimmed = group.strip();
            if (trimmed.isEmpty()) {
                throw new InvalidOfficeHours(text, "an empty group between ';'");
            }
            String[] parts = trimmed.split("\\s+", 2);
            if (parts.length < 2) {
                throw new InvalidOfficeHours(text, "'" + trimmed + "' has no opening intervals");
            }
            List<OpeningInterval> intervals = parseIntervals(text, parts[1]);
            for (DayOfWeek day : parseDays(text, parts[0])) {
                if (byDay.putIfAbsent(day, intervals) != null) {
                    throw new InvalidOfficeHours(text, "'" + abbreviation(day) + "' is given twice");
                }
            }
        }
        return new OfficeHours(byDay);
    }

    private static Set<DayOfWeek> parseDays(String text, String days) {
        Set<DayOfWeek> result = EnumSet.noneOf(DayOfWeek.class);
        for (String item : days.split(",")) {
            String[] ends = item.split("-", -1);
            if (ends.length > 2) {
                throw new InvalidOfficeHours(text, "'" + item + "' is not a day or a range of days");
            }
            DayOfWeek first = parseDay(text, ends[0]);
            DayOfWeek last = ends.length == 2 ? parseDay(text, ends[1]) : first;
            if (last.compareTo(first) < 0) {
                throw new InvalidOfficeHours(text, "'" + item + "' runs backwards; write the days Monday to Sunday");
            }
            result.addAll(EnumSet.range(first, last));
        }
        return result;
    }

    private static DayOfWeek parseDay(String text, String abbreviation) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (abbreviation(day).equalsIgnoreCase(abbreviation)) {
                return day;
            }
        }
        throw new InvalidOfficeHours(text, "'" + abbreviation + "' is not a day (MON TUE WED THU FRI SAT SUN)");
    }

    private static List<OpeningInterval> parseIntervals(String text, String intervals) {
        List<OpeningInterval> result = new ArrayList<>();
        for (String item : intervals.split(",", -1)) {
            String trimmed = item.strip();
            Matcher m = INTERVAL.matcher(trimmed);
            if (!m.matches()) {
                throw new InvalidOfficeHours(text, "'" + trimmed + "' is not an interval HH:mm-HH:mm");
            }
            LocalTime opens = time(text, trimmed, m.group(1), m.group(2));
            LocalTime closes = time(text, trimmed, m.group(3), m.group(4));
            if (!opens.isBefore(closes)) {
                throw new InvalidOfficeHours(text, "'" + trimmed + "' closes before it opens");
            }
            // Touching intervals would make "the next opening" after a closing time the same instant.
            if (!result.isEmpty() && !result.get(result.size() - 1).closes().isBefore(opens)) {
                throw new InvalidOfficeHours(text, "'" + trimmed + "' overlaps, touches or precedes '"
                        + result.get(result.size() - 1) + "'; give intervals in order with a gap between them");
            }
            result.add(new OpeningInterval(opens, closes));
        }
        return List.copyOf(result);
    }

    private static LocalTime time(String text, String interval, String hour, String minute) {
        int h = Integer.parseInt(hour);
        int m = Integer.parseInt(minute);
        if (h > 23 || m > 59) {
            throw new InvalidOfficeHours(text, "'" + interval + "' has a time that is not a time of day");
        }
        return LocalTime.of(h, m);
    }

    private static String abbreviation(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    // The longest weekday sets the length of a working day; Monday wins ties so the choice is stable.
    private DayOfWeek longestDay() {
        DayOfWeek best = null;
        Duration bestLength = Duration.ZERO;
        for (DayOfWeek day : WEEKDAYS) {
            if (total(day).compareTo(bestLength) > 0) {
                best = day;
                bestLength = total(day);
            }
        }
        if (best != null) {
            return best;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (total(day).compareTo(bestLength) > 0) {
                best = day;
                bestLength = total(day);
            }
        }
        return best;
    }

    private Duration total(DayOfWeek day) {
        return intervalsOn(day).stream().map(OpeningInterval::length).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * The office time of one working day, the unit of {@code WD:n}: the longest weekday's total (8 h for
     * the standard hours).
     */
    public Duration standardDay() {
        return total(standardDayOfWeek);
    }

    /** Whether the office opens at all on that day of the week (ignoring holidays). */
    public boolean isOpenOn(DayOfWeek day) {
        return !intervalsOn(day).isEmpty();
    }

    List<OpeningInterval> intervalsOn(DayOfWeek day) {
        return byDay.getOrDefault(day, List.of());
    }

    /** The hours of a swapped working day (a worked Saturday): those of the standard weekday. */
    List<OpeningInterval> standardDayIntervals() {
        return intervalsOn(standardDayOfWeek);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfficeHours other && byDay.equals(other.byDay);
    }

    @Override
    public int hashCode() {
        return byDay.hashCode();
    }

    /** The text form, consecutive days with the same hours joined into a range. */
    @Override
    public String toString() {
        StringJoiner groups = new StringJoiner("; ");
        DayOfWeek[] days = DayOfWeek.values();
        int i = 0;
        while (i < days.length) {
            List<OpeningInterval> hours = intervalsOn(days[i]);
            int j = i;
            while (j + 1 < days.length && intervalsOn(days[j + 1]).equals(hours)) {
                j++;
            }
            if (!hours.isEmpty()) {
                String range = i == j ? abbreviation(days[i]) : abbreviation(days[i]) + "-" + abbreviation(days[j]);
                StringJoiner intervals = new StringJoiner(",");
                hours.forEach(interval -> intervals.add(interval.toString()));
                groups.add(range + " " + intervals);
            }
            i = j + 1;
        }
        return groups.toString();
    }
}
