package vn.motcua.deadline;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the deadline module ({@code motcua.deadline.*}).
 *
 * @param holidaysFile       the administrator-edited holiday file, read at start
 * @param zone               the offices' time zone
 * @param officeHours        default weekly office hours, e.g. {@code MON-FRI 08:00-12:00,13:00-17:00}
 * @param officeHoursByOffice office id → its own hours (e.g. a Saturday-morning counter)
 * @param warning            when a clock warns: a share of its time ({@code 75%}) or a time before due ({@code WD:1})
 * @param escalationRepeat   how often a passed deadline escalates again, in office time
 * @param apologyBefore      how long before the deadline the leader is asked for an apology letter
 * @param apologyExtension   how much office time the proposed new appointment adds to the old one
 * @param supplementPolicy   what a supplement request does to the clocks: PAUSE (default) or RESTART
 * @param supplementLimit    how long the applicant has to supplement, as a rule ({@code WD:7})
 */
@ConfigurationProperties("motcua.deadline")
public record DeadlineSettings(Path holidaysFile, ZoneId zone, String officeHours, Map<String, String> officeHoursByOffice,
        String warning, String escalationRepeat, String apologyBefore, String apologyExtension,
        SupplementPolicy supplementPolicy, String supplementLimit) {

    public DeadlineSettings {
        holidaysFile = holidaysFile == null ? Path.of("config/holidays.txt") : holidaysFile;
        zone = zone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : zone;
        officeHours = officeHours == null ? "MON-FRI 08:00-12:00,13:00-17:00" : officeHours;
        officeHoursByOffice = officeHoursByOffice == null ? Map.of() : Map.copyOf(officeHoursByOffice);
        warning = warning == null ? "75%" : warning;
        escalationRepeat = escalationRepeat == null ? "WD:1" : escalationRepeat;
        apologyBefore = apologyBefore == null ? "WD:1" : apologyBefore;
        apologyExtension = apologyExtension == null ? "WD:2" : apologyExtension;
        supplementPolicy = supplementPolicy == null ? SupplementPolicy.PAUSE : supplementPolicy;
        supplementLimit = supplementLimit == null ? "WD:7" : supplementLimit;
    }

    /** What a supplement request does to a dossier's clocks. */
    public enum SupplementPolicy {
        /** The clocks stop while the applicant supplements and go on with the time that was left. */
        PAUSE,
        /** The clocks start again from the full time limit when the supplement arrives. */
        RESTART
    }
}
