package vn.motcua.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One transition of a statutory clock, kept so that reports can replay its history.
 *
 * @param at         when it happened (for STARTED: when the dossier was received)
 * @param reason     the reason code of a pause or the reason of an extension; null for the other types
 * @param dueAt      the due instant in force after the event (while paused: the one in force when it paused)
 * @param officeTime for PAUSED the office time that was left, for EXTENDED the office time added; else null
 */
public record ClockEvent(Type type, Instant at, String reason, Instant dueAt, Duration officeTime) {

    /** What happened to the clock. */
    public enum Type { STARTED, PAUSED, RESUMED, RESTARTED, EXTENDED, STOPPED }

    public ClockEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** An event that carries no office time. */
    public ClockEvent(Type type, Instant at, String reason, Instant dueAt) {
        this(type, at, reason, dueAt, null);
    }
}
