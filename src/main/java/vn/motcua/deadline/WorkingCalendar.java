package vn.motcua.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Office time of one office: its zone, weekly hours and holidays, precomputed for 2000-01-01..2100-12-31.
 * Queries cost a binary search or two and never walk the holiday list; instants outside the range are
 * refused with an {@link IllegalArgumentException}. Immutable and safe to share between threads; building
 * one takes some tens of milliseconds, so build it once per office and holiday-file version.
 */
public final class WorkingCalendar {

    /** The first and last day the calendar answers for. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    private static final long NANOS_PER_HOUR = 3_600L * OfficeTimeline.NANOS_PER_SECOND;

    private final ZoneId zone;
    private final OfficeHours hours;
    private final HolidaySchedule schedule;
    private final OfficeTimeline timeline;
    private final long standardDayNanos;
    private final int[] provisionalDaysBefore; // per day index, how many earlier days lie in provisional years

    public WorkingCalendar(ZoneId zone, OfficeHours hours, HolidaySchedule schedule) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.hours = Objects.requireNonNull(hours, "hours");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.timeline = OfficeTimeline.build(zone, FIRST_DAY, LAST_DAY, this::hoursOf);
        this.standardDayNanos = hours.standardDay().toNanos();
        this.provisionalDaysBefore = countProvisionalDays();
    }

    private List<OpeningInterval> hoursOf(LocalDate date) {
        if (schedule.isDayOff(date)) {
            return List.of();
        }
        if (schedule.isSwappedWorkingDay(date)) {
            return hours.standardDayIntervals();
        }
        return hours.intervalsOn(date.getDayOfWeek());
    }

    private int[] countProvisionalDays() {
        int[] before = new int[timeline.dayCount() + 1];
        for (int d = 0; d < timeline.dayCount(); d++) {
            int year = FIRST_DAY.plusDays(d).getYear();
            before[d + 1] = before[d] + (schedule.isProvisional(year) ? 1 : 0);
        }
        return before;
    }

    public ZoneId zone() {
        return zone;
    }

    public OfficeHours hours() {
        return hours;
    }

    public HolidaySchedule schedule() {
        return schedule;
    }

    /** Whether the office opens that day: a weekday with hours that is not off, or a swapped working day. */
    public boolean isWorkingDay(LocalDate date) {
        return timeline.isOpenOn(dayIndex(date));
    }

    /** {@code t} itself if the office is open then; otherwise the next opening (after lunch, the afternoon one). */
    public Instant nextOpening(Instant t) {
        return instant(timeline.nextOpening(nanos(t)));
    }

    /**
     * The instant at which {@code d} of office time has passed since {@code from}. A result that reaches a
     * closing time exactly stays there: 4 h from 08:00 is 12:00 that day, not 13:00.
     */
    public Instant plusWorkingTime(Instant from, Duration d) {
        return instant(timeline.plus(nanos(from), nonNegative(d).toNanos()));
    }

    /**
     * The latest instant that lies {@code d} of office time before {@code to}: 8 h before 17:00 is 08:00 that
     * day, not 17:00 the day before.
     */
    public Instant minusWorkingTime(Instant to, Duration d) {
        return instant(timeline.minus(nanos(to), nonNegative(d).toNanos()));
    }

    /** Office time in [a, b); zero when b is not after a. */
    public Duration workingTimeBetween(Instant a, Instant b) {
        long from = nanos(a);
        long to = nanos(b);
        return to <= from ? Duration.ZERO
                : Duration.ofNanos(timeline.officeTimeBefore(to) - timeline.officeTimeBefore(from));
    }

    /**
     * When counting starts and ends for a dossier received at {@code received}.
     * Counting starts at receipt during office hours; at the next opening when received outside them (the
     * afternoon opening during lunch); and at the next working day's first opening when received after the
     * rule's cut-off on a working day. {@code WD:n} then adds n standard days of office time, {@code WH:n}
     * n hours, and {@code SAME_DAY} ends at the closing time of the day counting starts.
     */
    public Due due(Instant received, DeadlineRule rule) {
        Objects.requireNonNull(rule, "rule");
        long receivedAt = nanos(received);
        long startsAt = startOfCounting(receivedAt, rule.cutoffOrNull());
        long dueAt = switch (rule.unit()) {
            case WORKING_DAYS -> timeline.plus(startsAt, rule.amount() * standardDayNanos);
            case WORKING_HOURS -> timeline.plus(startsAt, rule.amount() * NANOS_PER_HOUR);
            case SAME_DAY -> timeline.closingOf(timeline.dayIndex(startsAt));
        };
        int firstDay = timeline.dayIndex(receivedAt);
        int lastDay = timeline.dayIndex(dueAt);
        boolean provisional = provisionalDaysBefore[lastDay + 1] > provisionalDaysBefore[firstDay];
        return new Due(instant(startsAt), instant(dueAt), provisional);
    }

    /** {@link #due(Instant, DeadlineRule)} for a receipt given in the office's local time. */
    public Due due(LocalDateTime received, DeadlineRule rule) {
        return due(received.atZone(zone).toInstant(), rule);
    }

    private long startOfCounting(long received, LocalTime cutoff) {
        if (cutoff != null) {
            int day = timeline.dayIndex(received);
            if (timeline.isOpenOn(day) && received > nanos(timeline.firstDay().plusDays(day).atTime(cutoff)
                    .atZone(zone).toInstant())) {
                return timeline.firstOpeningFrom(day + 1);
            }
        }
        return timeline.nextOpening(received);
    }

    private int dayIndex(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            throw new IllegalArgumentException(date + " is outside the working calendar's range "
                    + FIRST_DAY + ".." + LAST_DAY);
        }
        return (int) (date.toEpochDay() - FIRST_DAY.toEpochDay());
    }

    private long nanos(Instant t) {
        Objects.requireNonNull(t, "instant");
        long seconds = t.getEpochSecond();
        // Compare seconds first so that an instant far outside the range cannot overflow the multiplication.
        if (seconds < timeline.rangeStart() / OfficeTimeline.NANOS_PER_SECOND - 1
                || seconds > timeline.rangeEnd() / OfficeTimeline.NANOS_PER_SECOND) {
            throw outsideRange(t);
        }
        long nanos = seconds * OfficeTimeline.NANOS_PER_SECOND + t.getNano();
        if (nanos < timeline.rangeStart() || nanos >= timeline.rangeEnd()) {
            throw outsideRange(t);
        }
        return nanos;
    }

    private IllegalArgumentException outsideRange(Instant t) {
        return new IllegalArgumentException(t + " is outside the working calendar's range " + FIRST_DAY + ".."
                + LAST_DAY + " in " + zone);
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, OfficeTimeline.NANOS_PER_SECOND),
                Math.floorMod(nanos, OfficeTimeline.NANOS_PER_SECOND));
    }

    private static Duration nonNegative(Duration d) {
        Objects.requireNonNull(d, "duration");
        if (d.isNegative()) {
            throw new IllegalArgumentException("office time must not be negative: " + d);
        }
        return d;
    }
}
