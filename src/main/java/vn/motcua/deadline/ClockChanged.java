package vn.motcua.deadline;

/** A clock of the dossier was started, paused, resumed, restarted, extended, stopped or counted as overdue. */
public record ClockChanged(String dossier, String clockKey, ClockState state) {
}
