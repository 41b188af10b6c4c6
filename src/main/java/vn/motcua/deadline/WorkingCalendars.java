package vn.motcua.deadline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.motcua.identity.Offices;
import vn.motcua.shared.StartupCheckFailed;

/**
 * The working calendar of each office: its hours, the shared holiday file and the zone. The holiday
 * file is read once at start; a malformed file stops the start with its line and reason.
 */
@Service
public class WorkingCalendars {

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendars.class);

    private final DeadlineSettings settings;
    private final Offices offices;
    private final HolidaySchedule schedule;
    private final Map<String, WorkingCalendar> byOffice = new ConcurrentHashMap<>();

    WorkingCalendars(DeadlineSettings settings, Offices offices) {
        this.settings = settings;
        this.offices = offices;
        this.schedule = load(settings);
        checkOfficeHours(settings);
    }

    private static void checkOfficeHours(DeadlineSettings settings) {
        var specs = new java.util.LinkedHashMap<String, String>();
        specs.put("motcua.deadline.office-hours", settings.officeHours());
        settings.officeHoursByOffice().forEach((office, hours) -> specs.put("motcua.deadline.office-hours-by-office." + office, hours));
        specs.forEach((property, hours) -> {
            try {
                OfficeHours.parse(hours);
            } catch (IllegalArgumentException e) {
                throw new StartupCheckFailed("Bad office hours in " + property + ": " + e.getMessage(),
                        "Write office hours like 'MON-FRI 08:00-12:00,13:00-17:00; SAT 08:00-12:00'.");
            }
        });
    }

    private static HolidaySchedule load(DeadlineSettings settings) {
        try {
            HolidaySchedule schedule = HolidayFile.load(settings.holidaysFile());
            log.info("Holidays: {} entered year(s) {} from {}", schedule.enteredYears().size(), schedule.enteredYears(),
                    settings.holidaysFile().toAbsolutePath().normalize());
            return schedule;
        } catch (MalformedHolidayFile e) {
            throw new StartupCheckFailed("Malformed holiday file: " + e.getMessage(),
                    "Correct line " + e.lineNumber() + " of " + settings.holidaysFile() + " (motcua.deadline.holidays-file) and start again.");
        }
    }

    /** The calendar of the office, or {@link vn.motcua.identity.UnknownOffice}. */
    public WorkingCalendar forOffice(String officeId) {
        WorkingCalendar known = byOffice.get(officeId);
        if (known != null) {
            return known;
        }
        offices.get(officeId);
        return byOffice.computeIfAbsent(officeId, id -> new WorkingCalendar(settings.zone(),
                OfficeHours.parse(settings.officeHoursByOffice().getOrDefault(id, settings.officeHours())), schedule));
    }

    /** The holidays shared by every office. */
    public HolidaySchedule schedule() {
        return schedule;
    }
}
