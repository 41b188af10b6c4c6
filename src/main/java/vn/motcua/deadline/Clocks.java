package vn.motcua.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statutory clocks of dossiers: one for the whole dossier and one per stage (agency). Every
 * change is stored with its event and announced as {@link ClockChanged}, so that the process
 * engine's timers of the dossier follow the clock. Runs in the caller's transaction.
 */
@Service
@Transactional
public class Clocks {

    private final ClockStore store;
    private final WorkingCalendars calendars;
    private final ApplicationEventPublisher events;

    Clocks(ClockStore store, WorkingCalendars calendars, ApplicationEventPublisher events) {
        this.store = store;
        this.calendars = calendars;
        this.events = events;
    }

    /** Starts the clock; starting a clock that exists already returns it unchanged (a retried step). */
    public ClockView start(String dossier, String key, String officeId, DeadlineRule rule, Instant received) {
        var existing = store.find(dossier, key, true);
        if (existing.isPresent()) {
            return view(existing.get());
        }
        var clock = StatutoryClock.start(key, rule, received, calendars.forOffice(officeId));
        store.insert(dossier, officeId, clock);
        return announce(view(dossier, officeId, clock, false));
    }

    @Transactional(readOnly = true)
    public Optional<ClockView> find(String dossier, String key) {
        return store.find(dossier, key, false).map(Clocks::view);
    }

    @Transactional(readOnly = true)
    public List<ClockView> ofDossier(String dossier) {
        return store.ofDossier(dossier).stream().map(Clocks::view).toList();
    }

    public ClockView pause(String dossier, String key, Instant at, String reasonCode) {
        return change(dossier, key, clock -> clock.pause(at, reasonCode));
    }

    public ClockView resume(String dossier, String key, Instant at) {
        return change(dossier, key, clock -> clock.resume(at));
    }

    /** Starts the clock over with its full time limit, as if the dossier had been received at {@code at}. */
    public ClockView restart(String dossier, String key, Instant at) {
        return change(dossier, key, clock -> clock.restart(at));
    }

    /** Moves the due instant to {@code newDue} (later than the current one), counting the office time added. */
    public ClockView extendTo(String dossier, String key, Instant at, Instant newDue, String reason) {
        var row = row(dossier, key);
        Duration added = calendars.forOffice(row.officeId()).workingTimeBetween(row.dueAt(), newDue);
        if (added.isZero() || added.isNegative()) {
            throw new IllegalArgumentException("the new appointment " + newDue + " must lie in office time after " + row.dueAt());
        }
        return change(row, clock -> clock.extend(at, added, reason));
    }

    public ClockView stop(String dossier, String key, Instant at) {
        return change(dossier, key, clock -> clock.stop(at));
    }

    /** Stops the clock unless it is stopped already (then it is returned as it is). */
    public ClockView stopUnlessStopped(String dossier, String key, Instant at) {
        var row = row(dossier, key);
        return row.state() == ClockState.STOPPED ? view(row) : change(row, clock -> clock.stop(at));
    }

    /** After an apology letter the dossier counts as overdue, whatever happens next. */
    public ClockView countAsOverdue(String dossier, String key) {
        var row = row(dossier, key);
        store.countAsOverdue(row.id());
        return announce(new ClockView(row.dossier(), row.key(), row.officeId(), row.rule(), row.state(), row.startsAt(), row.dueAt(),
                Optional.ofNullable(row.remaining()), true, row.events()));
    }

    /** The calendar of the office the clock counts in. */
    @Transactional(readOnly = true)
    public WorkingCalendar calendarOf(ClockView clock) {
        return calendars.forOffice(clock.officeId());
    }

    private ClockView change(String dossier, String key, Consumer<StatutoryClock> transition) {
        return change(row(dossier, key), transition);
    }

    /** Applies the transition to the locked row's clock, stores what changed and announces the clock as it now is. */
    private ClockView change(ClockStore.Row row, Consumer<StatutoryClock> transition) {
        var clock = restore(row);
        int before = clock.events().size();
        transition.accept(clock);
        store.update(row, clock, before);
        return announce(view(clock, row, row.countedOverdue()));
    }

    private ClockStore.Row row(String dossier, String key) {
        return store.find(dossier, key, true).orElseThrow(() -> new UnknownClock(dossier, key));
    }

    private StatutoryClock restore(ClockStore.Row row) {
        return StatutoryClock.restore(row.key(), row.rule(), row.state(), row.startsAt(), row.dueAt(), row.remaining(),
                row.events(), calendars.forOffice(row.officeId()));
    }

    private ClockView announce(ClockView view) {
        events.publishEvent(new ClockChanged(view.dossier(), view.key(), view.state(), view.dueAt()));
        return view;
    }

    private static ClockView view(ClockStore.Row row) {
        return new ClockView(row.dossier(), row.key(), row.officeId(), row.rule(), row.state(), row.startsAt(),
                row.dueAt(), Optional.ofNullable(row.remaining()), row.countedOverdue(), row.events());
    }

    private static ClockView view(StatutoryClock clock, ClockStore.Row row, boolean countedOverdue) {
        return view(row.dossier(), row.officeId(), clock, countedOverdue);
    }

    /** The clock as it was just written, without reading it back. */
    private static ClockView view(String dossier, String officeId, StatutoryClock clock, boolean countedOverdue) {
        return new ClockView(dossier, clock.key(), officeId, clock.rule(), clock.state(), clock.startsAt(), clock.dueAt(),
                clock.remaining(), countedOverdue, clock.events());
    }
}
