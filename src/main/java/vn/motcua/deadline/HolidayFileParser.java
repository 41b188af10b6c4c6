package vn.motcua.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The line-by-line state of reading one holiday file: the current year and where each date was listed. */
final class HolidayFileParser {

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern ENTRY = Pattern.compile("(\\S+)(?:\\s+(\\S+))?(?:\\s+(.*))?");

    private final String source;
    private final Map<Integer, YearInProgress> years = new TreeMap<>();
    private final Map<LocalDate, Integer> lineOfDate = new HashMap<>();
    private YearInProgress current;

    HolidayFileParser(String source) {
        this.source = source;
    }

    private static final class YearInProgress {
        final int year;
        final int line;
        final boolean provisional;
        final TreeMap<LocalDate, String> daysOff = new TreeMap<>();
        final TreeMap<LocalDate, String> workDays = new TreeMap<>();

        YearInProgress(int year, int line, boolean provisional) {
            this.year = year;
            this.line = line;
            this.provisional = provisional;
        }
    }

    void read(int number, String line) {
        String content = withoutComment(number == 1 ? withoutByteOrderMark(line) : line).strip();
        if (content.isEmpty()) {
            return;
        }
        String[] words = content.split("\\s+");
        // "Year" typed with a capital is still a header, not a date that fails to parse.
        if (words[0].equalsIgnoreCase("year")) {
            readYearHeader(number, words);
        } else {
            readEntry(number, content);
        }
    }

    private void readYearHeader(int number, String[] words) {
        if (words.length < 3) {
            throw malformed(number, "a year header reads 'year YYYY official' or 'year YYYY provisional'");
        }
        if (!YEAR.matcher(words[1]).matches()) {
            throw malformed(number, "'" + words[1] + "' is not a year");
        }
        boolean provisional = switch (words[2]) {
            case "official" -> false;
            case "provisional" -> true;
            default -> throw malformed(number,
                    "unknown status '" + words[2] + "' (expected official or provisional)");
        };
        if (words.length > 3) {
            throw malformed(number, "unexpected '" + words[3] + "' after the year header");
        }
        int year = Integer.parseInt(words[1]);
        YearInProgress earlier = years.get(year);
        if (earlier != null) {
            throw malformed(number, "year " + year + " is declared twice (first on line " + earlier.line + ")");
        }
        current = new YearInProgress(year, number, provisional);
        years.put(year, current);
    }

    private void readEntry(int number, String content) {
        if (current == null) {
            throw malformed(number, "entry before any 'year' header");
        }
        Matcher entry = ENTRY.matcher(content);
        if (!entry.matches()) {
            throw malformed(number, "cannot read '" + content + "'");
        }
        LocalDate[] range = dates(number, entry.group(1));
        String kind = entry.group(2);
        String name = entry.group(3);
        if (kind == null) {
            throw malformed(number, "missing kind after '" + entry.group(1) + "' (expected OFF or WORK)");
        }
        if (!kind.equals("OFF") && !kind.equals("WORK")) {
            throw malformed(number, "unknown kind '" + kind + "' (expected OFF or WORK)");
        }
        if (name == null || name.isBlank()) {
            throw malformed(number, "missing a name after " + kind);
        }
        for (LocalDate date = range[0]; !date.isAfter(range[1]); date = date.plusDays(1)) {
            list(number, date, kind, name.strip());
        }
    }

    private void list(int number, LocalDate date, String kind, String name) {
        Integer earlier = lineOfDate.putIfAbsent(date, number);
        if (earlier != null) {
            throw malformed(number, date + " is already listed on line " + earlier);
        }
        if (kind.equals("WORK")) {
            if (!StatutoryHolidays.isWeekend(date)) {
                throw malformed(number, date + " is a " + dayName(date)
                        + "; only a Saturday or a Sunday can be a swapped working day");
            }
            current.workDays.put(date, name);
        } else {
            current.daysOff.put(date, name);
        }
    }

    private LocalDate[] dates(int number, String text) {
        int dots = text.indexOf("..");
        if (dots < 0) {
            LocalDate date = date(number, text);
            return new LocalDate[] {date, date};
        }
        LocalDate first = date(number, text.substring(0, dots));
        LocalDate last = date(number, text.substring(dots + 2));
        if (last.isBefore(first)) {
            throw malformed(number, "range end " + last + " is before its start " + first);
        }
        return new LocalDate[] {first, last};
    }

    private LocalDate date(int number, String text) {
        LocalDate date;
        try {
            if (!DATE.matcher(text).matches()) {
                throw new DateTimeException(text);
            }
            date = LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw malformed(number, "'" + text + "' is not a date (expected YYYY-MM-DD)");
        }
        if (date.getYear() != current.year) {
            throw malformed(number,
                    date + " is outside year " + current.year + " (declared on line " + current.line + ")");
        }
        return date;
    }

    HolidaySchedule schedule() {
        Map<Integer, HolidayYear> entered = new TreeMap<>();
        years.forEach((year, y) -> entered.put(year, new HolidayYear(year, y.provisional, y.daysOff, y.workDays)));
        return new HolidaySchedule(entered);
    }

    private MalformedHolidayFile malformed(int number, String reason) {
        return new MalformedHolidayFile(source, number, reason);
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    // Notepad on Windows starts UTF-8 files with a byte-order mark; it is not part of the first line.
    private static String withoutByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static String dayName(LocalDate date) {
        String name = date.getDayOfWeek().name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
