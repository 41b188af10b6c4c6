package vn.motcua.deadline;

import java.time.Instant;

/**
 * A clock of the dossier was started, paused, resumed, restarted, extended, stopped or counted as overdue.
 *
 * @param dueAt the clock's due instant after the change (while paused: the one in force when it paused)
 */
public record ClockChanged(String dossier, String clockKey, ClockState state, Instant dueAt) {
}
