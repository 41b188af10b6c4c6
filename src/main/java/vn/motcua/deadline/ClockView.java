package vn.motcua.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A statutory clock as stored: which dossier and stage it times, its rule, state and due instant,
 * and its whole history.
 *
 * @param countedOverdue an apology letter was issued: reports count the dossier as overdue for good
 */
public record ClockView(String dossier, String key, String officeId, DeadlineRule rule, ClockState state,
        Instant startsAt, Instant dueAt, Optional<Duration> remaining, boolean countedOverdue, List<ClockEvent> events) {

    public ClockView {
        events = List.copyOf(events);
    }
}
