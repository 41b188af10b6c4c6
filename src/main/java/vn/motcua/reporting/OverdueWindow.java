package vn.motcua.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import vn.motcua.deadline.DeadlineRule;
import vn.motcua.deadline.WorkingCalendar;

/**
 * How far ahead "due soon" looks, in an office's working time: {@code WD:n} up to the closing time of the
 * n-th working day after today (so {@code WD:1} on a Friday before a holiday Monday reaches Tuesday
 * evening), {@code WH:n} up to n hours of office time from now.
 */
record OverdueWindow(DeadlineRule rule) {

    /** Reads {@code WD:n} or {@code WH:n}; anything else is an {@link IllegalArgumentException} (such as
     * {@link vn.motcua.deadline.InvalidDeadlineRule}) saying why. */
    static OverdueWindow parse(String text) {
        DeadlineRule rule = DeadlineRule.parse(text);
        if (rule.cutoff().isPresent() || rule.unit() == DeadlineRule.Unit.SAME_DAY) {
            throw new IllegalArgumentException("'" + text + "' must be WD:n or WH:n without a cut-off");
        }
        return new OverdueWindow(rule);
    }

    /** The instant before which a clock's due instant makes it due soon, for an office at {@code now}. */
    Instant limit(WorkingCalendar calendar, Instant now) {
        if (rule.unit() == DeadlineRule.Unit.WORKING_HOURS) {
            return calendar.plusWorkingTime(now, Duration.ofHours(rule.amount()));
        }
        LocalDate day = now.atZone(calendar.zone()).toLocalDate();
        for (int found = 0; found < rule.amount();) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                found++;
            }
        }
        // received at midnight of a working day, SAME_DAY ends at that day's closing time
        return calendar.due(day.atStartOfDay(calendar.zone()).toInstant(), DeadlineRule.sameDay()).dueAt();
    }

    @Override
    public String toString() {
        return rule.toString();
    }
}
