package vn.motcua.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The statutory clock of one dossier (or one stage of it): counts office time from receipt to the due
 * instant, and can be paused while the applicant supplements the dossier, resumed, restarted, extended and
 * stopped. Every transition appends a {@link ClockEvent}. Not thread-safe: load, change and save it as one
 * unit of work. Rebuild a saved clock with {@link #restore}.
 */
public final class StatutoryClock {

    private final String key;
    private final DeadlineRule rule;
    private final WorkingCalendar calendar;
    private final List<ClockEvent> events;
    private ClockState state;
    private Instant startsAt;
    private Instant dueAt;
    private Duration remaining;

    private StatutoryClock(String key, DeadlineRule rule, WorkingCalendar calendar, ClockState state,
                           Instant startsAt, Instant dueAt, Duration remaining, List<ClockEvent> events) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a clock needs a key");
        }
        this.key = key;
        this.rule = Objects.requireNonNull(rule, "rule");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.state = Objects.requireNonNull(state, "state");
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
        this.dueAt = Objects.requireNonNull(dueAt, "dueAt");
        this.remaining = remaining;
        this.events = new ArrayList<>(events);
    }

    /** A running clock for a dossier received at {@code received}; due as {@link WorkingCalendar#due} computes. */
    public static StatutoryClock start(String clockKey, DeadlineRule rule, Instant received, WorkingCalendar cal) {
        Due due = cal.due(received, rule);
        StatutoryClock clock = new StatutoryClock(clockKey, rule, cal, ClockState.RUNNING,
                due.startsAt(), due.dueAt(), null, List.of());
        clock.record(ClockEvent.Type.STARTED, received, null, null);
        return clock;
    }

    /**
     * Rebuilds a saved clock from its fields and events. The fields are taken as saved, not recomputed, so an
     * edited holiday file does not move a deadline already given to a citizen.
     *
     * @param remaining the office time left when it was paused: required while PAUSED, absent while RUNNING
     * @throws IllegalArgumentException if the fields contradict the events
     */
    public static StatutoryClock restore(String clockKey, DeadlineRule rule, ClockState state, Instant startsAt,
                                         Instant dueAt, Duration remaining, List<ClockEvent> events,
                                         WorkingCalendar cal) {
        Objects.requireNonNull(events, "events");
        if (events.isEmpty() || events.get(0).type() != ClockEvent.Type.STARTED) {
            throw new IllegalArgumentException("clock '" + clockKey + "': the history must begin with STARTED");
        }
        ClockState replayed = stateAfter(events);
        if (replayed != state) {
            throw new IllegalArgumentException("clock '" + clockKey + "': saved state " + state
                    + " contradicts its history, which ends " + replayed);
        }
        if (state == ClockState.PAUSED && remaining == null || state == ClockState.RUNNING && remaining != null) {
            throw new IllegalArgumentException("clock '" + clockKey + "': the remaining office time is kept"
                    + " exactly while paused (and after a stop while paused), not while " + state);
        }
        if (state == ClockState.STOPPED && remaining != null
                && stateAfter(events.subList(0, events.size() - 1)) != ClockState.PAUSED) {
            throw new IllegalArgumentException("clock '" + clockKey + "': a remaining office time is kept after a"
                    + " stop only when the clock was paused");
        }
        if (remaining != null && remaining.isNegative()) {
            throw new IllegalArgumentException("clock '" + clockKey + "': negative remaining office time");
        }
        if (!events.get(events.size() - 1).dueAt().equals(dueAt)) {
            throw new IllegalArgumentException("clock '" + clockKey + "': saved due " + dueAt
                    + " differs from the last event's " + events.get(events.size() - 1).dueAt());
        }
        return new StatutoryClock(clockKey, rule, cal, state, startsAt, dueAt, remaining, events);
    }

    private static ClockState stateAfter(List<ClockEvent> events) {
        ClockState state = ClockState.RUNNING;
        for (ClockEvent event : events) {
            state = switch (event.type()) {
                case STARTED, RESUMED, RESTARTED -> ClockState.RUNNING;
                case PAUSED -> ClockState.PAUSED;
                case STOPPED -> ClockState.STOPPED;
                case EXTENDED -> state;
            };
        }
        return state;
    }

    /** Stops counting, e.g. while the applicant supplements the dossier, keeping the office time left. */
    public void pause(Instant at, String reasonCode) {
        require(ClockState.RUNNING, "pause");
        requireReason(reasonCode, "a pause");
        requireNotBeforeLastEvent(at);
        remaining = calendar.workingTimeBetween(at, dueAt);
        state = ClockState.PAUSED;
        record(ClockEvent.Type.PAUSED, at, reasonCode, remaining);
    }

    /**
     * Counts on from the next opening at or after {@code at} with the office time that was left, so the due
     * moves by exactly the office time spent paused. A clock paused with no time left (at or after its due)
     * keeps its due: pausing must not forgive a delay that had already happened.
     */
    public void resume(Instant at) {
        require(ClockState.PAUSED, "resume");
        requireNotBeforeLastEvent(at);
        if (!remaining.isZero()) {
            dueAt = calendar.plusWorkingTime(calendar.nextOpening(at), remaining);
        }
        remaining = null;
        state = ClockState.RUNNING;
        record(ClockEvent.Type.RESUMED, at, null, null);
    }

    /**
     * Counts the whole limit again as if the dossier had been received at {@code at}: the policy of procedures
     * whose supplement request restarts the time limit instead of pausing it.
     */
    public void restart(Instant at) {
        requireNot(ClockState.STOPPED, "restart");
        requireNotBeforeLastEvent(at);
        Due due = calendar.due(at, rule);
        startsAt = due.startsAt();
        dueAt = due.dueAt();
        remaining = null;
        state = ClockState.RUNNING;
        record(ClockEvent.Type.RESTARTED, at, null, null);
    }

    /**
     * Grants more office time (e.g. with an apology letter and a new appointment). A running clock's due moves
     * by that much office time; a paused clock gets it added to the time left. The event is stamped with the
     * system clock: prefer {@link #extend(Instant, Duration, String)} when the time is known.
     */
    public void extend(Duration officeTime, String reason) {
        extend(Instant.now(), officeTime, reason);
    }

    /** {@link #extend(Duration, String)} stamped with the given instant. */
    public void extend(Instant at, Duration officeTime, String reason) {
        requireNot(ClockState.STOPPED, "extend");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(officeTime, "officeTime");
        if (officeTime.isNegative() || officeTime.isZero()) {
            throw new IllegalArgumentException("an extension must add office time: " + officeTime);
        }
        requireReason(reason, "an extension");
        if (state == ClockState.RUNNING) {
            dueAt = calendar.plusWorkingTime(dueAt, officeTime);
        } else {
            remaining = remaining.plus(officeTime);
        }
        record(ClockEvent.Type.EXTENDED, at, reason, officeTime);
    }

    /** Ends the clock for good: the dossier was finished, rejected or withdrawn. */
    public void stop(Instant at) {
        requireNot(ClockState.STOPPED, "stop");
        requireNotBeforeLastEvent(at);
        state = ClockState.STOPPED;
        record(ClockEvent.Type.STOPPED, at, null, null);
    }

    /**
     * Whether the clock has run past its due: a running clock at {@code now}; a stopped clock at the moment
     * it stopped; a paused clock (or one stopped while paused) if it was already past due when it paused.
     * The due is an instant, so no calendar is needed; the parameter is kept for callers that hold one.
     */
    public boolean overdueAt(Instant now, WorkingCalendar cal) {
        return overdueAt(now);
    }

    /** See {@link #overdueAt(Instant, WorkingCalendar)}. */
    public boolean overdueAt(Instant now) {
        Objects.requireNonNull(now, "now");
        if (remaining != null) {
            return remaining.isZero() && lastEvent(ClockEvent.Type.PAUSED).at().isAfter(dueAt);
        }
        return switch (state) {
            case RUNNING -> now.isAfter(dueAt);
            case STOPPED -> lastEvent(ClockEvent.Type.STOPPED).at().isAfter(dueAt);
            case PAUSED -> throw new IllegalStateException("a paused clock always knows its remaining time");
        };
    }

    public String key() {
        return key;
    }

    public DeadlineRule rule() {
        return rule;
    }

    public ClockState state() {
        return state;
    }

    /** When counting (re)started: the receipt, or the next opening after it. */
    public Instant startsAt() {
        return startsAt;
    }

    /** The due instant in force; while paused, the one that was in force when the clock paused. */
    public Instant dueAt() {
        return dueAt;
    }

    /** The office time left, kept while paused (and after a stop that happened while paused). */
    public Optional<Duration> remaining() {
        return Optional.ofNullable(remaining);
    }

    /** The history, oldest first. */
    public List<ClockEvent> events() {
        return List.copyOf(events);
    }

    private void record(ClockEvent.Type type, Instant at, String reason, Duration officeTime) {
        events.add(new ClockEvent(type, at, reason, dueAt, officeTime));
    }

    private ClockEvent lastEvent(ClockEvent.Type type) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).type() == type) {
                return events.get(i);
            }
        }
        throw new IllegalStateException("clock '" + key + "' has no " + type + " event");
    }

    private void require(ClockState expected, String transition) {
        if (state != expected) {
            throw new IllegalClockTransition(key, transition, state);
        }
    }

    private void requireNot(ClockState refused, String transition) {
        if (state == refused) {
            throw new IllegalClockTransition(key, transition, state);
        }
    }

    // A transition dated before the previous one would count office time backwards. Extensions do not take
    // part: their instant is informational (and may come from the system clock).
    private void requireNotBeforeLastEvent(Instant at) {
        Objects.requireNonNull(at, "at");
        for (int i = events.size() - 1; i >= 0; i--) {
            ClockEvent event = events.get(i);
            if (event.type() != ClockEvent.Type.EXTENDED) {
                if (at.isBefore(event.at())) {
                    throw new IllegalArgumentException("clock '" + key + "': " + at + " is before its last "
                            + event.type() + " event at " + event.at());
                }
                return;
            }
        }
    }

    private static void requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(what + " needs a reason");
        }
    }
}
