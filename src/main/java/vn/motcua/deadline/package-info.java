/**
 * Statutory deadlines in office time: when a dossier's time limit starts and ends.
 *
 * <p>{@link vn.motcua.deadline.WorkingCalendar} combines an office's {@link vn.motcua.deadline.OfficeHours},
 * its zone and a {@link vn.motcua.deadline.HolidaySchedule} (read by {@link vn.motcua.deadline.HolidayFile}
 * from {@code config/holidays.txt}, or computed by the Labor Code rule with the
 * {@link vn.motcua.deadline.LunarCalendar} for years not entered) and answers due-date questions for
 * {@link vn.motcua.deadline.DeadlineRule}s such as {@code WD:2} or {@code SAME_DAY,cutoff=15:00}.
 * {@link vn.motcua.deadline.StatutoryClock} is the pausable clock of one dossier;
 * {@link vn.motcua.deadline.ThresholdPolicy} says when to warn and escalate.
 *
 * <p>Plain Java: no Spring, no Camunda. Wiring, persistence and the API live elsewhere.
 */
package vn.motcua.deadline;
