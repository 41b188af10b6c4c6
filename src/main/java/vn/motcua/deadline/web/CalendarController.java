package vn.motcua.deadline.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.deadline.DeadlineRule;
import vn.motcua.deadline.Holiday;
import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.deadline.WorkingCalendars;
import vn.motcua.identity.UnknownOffice;
import vn.motcua.shared.InvalidRequest;
import vn.motcua.shared.InvalidRequest.FieldProblem;

/** The working calendar for clerks and other systems: preview an appointment, list the days off. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    private final WorkingCalendars calendars;

    CalendarController(WorkingCalendars calendars) {
        this.calendars = calendars;
    }

    record DueResponse(String office, LocalDateTime from, String rule, OffsetDateTime startsAt, OffsetDateTime dueAt,
            boolean provisional) {
    }

    record HolidaysResponse(String office, int year, boolean provisional, List<Day> daysOff, List<LocalDate> swappedWorkingDays) {
    }

    record Day(LocalDate date, String name) {
    }

    @GetMapping("/due")
    DueResponse due(@RequestParam String office, @RequestParam String from, @RequestParam String rule,
            @RequestParam(required = false) String cutoff) {
        List<FieldProblem> problems = new ArrayList<>();
        WorkingCalendar calendar = check(problems, "office", () -> calendars.forOffice(office));
        LocalDateTime received = check(problems, "from", () -> LocalDateTime.parse(from));
        DeadlineRule parsed = check(problems, "rule", () -> DeadlineRule.parse(rule));
        LocalTime cut = cutoff == null ? null : check(problems, "cutoff", () -> LocalTime.parse(cutoff));
        if (received != null && calendar != null && (received.getYear() < WorkingCalendar.FIRST_DAY.getYear()
                || received.getYear() >= WorkingCalendar.LAST_DAY.getYear())) {
            problems.add(new FieldProblem("from", "must lie between " + WorkingCalendar.FIRST_DAY.getYear() + " and "
                    + (WorkingCalendar.LAST_DAY.getYear() - 1)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        DeadlineRule effective = cut == null ? parsed : parsed.withCutoff(cut);
        var due = calendar.due(received, effective);
        return new DueResponse(office, received, effective.toString(), due.startsAt().atZone(calendar.zone()).toOffsetDateTime(),
                due.dueAt().atZone(calendar.zone()).toOffsetDateTime(), due.provisional());
    }

    @GetMapping("/holidays")
    HolidaysResponse holidays(@RequestParam String office, @RequestParam int year) {
        List<FieldProblem> problems = new ArrayList<>();
        WorkingCalendar calendar = check(problems, "office", () -> calendars.forOffice(office));
        if (year < WorkingCalendar.FIRST_DAY.getYear() || year > WorkingCalendar.LAST_DAY.getYear()) {
            problems.add(new FieldProblem("year", "must lie between " + WorkingCalendar.FIRST_DAY.getYear() + " and "
                    + WorkingCalendar.LAST_DAY.getYear()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        var schedule = calendar.schedule();
        List<Day> days = schedule.nonWorkingDays(year).stream().map((Holiday h) -> new Day(h.date(), h.name())).toList();
        return new HolidaysResponse(office, year, schedule.isProvisional(year), days, schedule.swappedWorkingDays(year));
    }

    private static <T> T check(List<FieldProblem> problems, String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (UnknownOffice e) {
            problems.add(new FieldProblem(field, e.getMessage()));
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "'" + e.getParsedString() + "' is not an ISO "
                    + ("from".equals(field) ? "local date-time like 2026-02-13T10:00" : "time like 15:00")));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
        }
        return null;
    }
}
