package vn.motcua.deadline;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Test data: the calendar of the one-stop centre with the shipped holiday file, built once. */
final class Calendars {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private static WorkingCalendar standard;

    private Calendars() {
    }

    /** Standard hours, Asia/Ho_Chi_Minh, config/holidays.txt (2025 and 2026 official, 2027 provisional). */
    static synchronized WorkingCalendar standardOffice() {
        if (standard == null) {
            standard = new WorkingCalendar(HANOI, OfficeHours.standard(),
                    HolidayFile.load(Path.of("config/holidays.txt")));
        }
        return standard;
    }

    /** A local date-time of the office, e.g. {@code 2026-02-13T10:00}, as an instant. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(HANOI).toInstant();
    }
}
