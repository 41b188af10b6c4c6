package vn.motcua.deadline;

/** A clock of the dossier was started, paused, resumed, restarted, extended or stopped. */
public record ClockChanged(String dossier, String clockKey, ClockState state) {
}
