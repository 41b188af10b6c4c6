package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.deadline.Calendars.at;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every due date below is worked out by hand on the 2026 calendar (8 h a day; Tết Sat 14 – Sun 22/02). */
class StatutoryClockTest {

    private final WorkingCalendar calendar = Calendars.standardOffice();

    /** WD:5 received Tue 10/02 09:00: 7 + 8 + 8 + 8 (to Fri 13) = 31 h, Mon 23/02 → 39, Tue 24/02 08–09 → 40. */
    private StatutoryClock beforeTet() {
        return StatutoryClock.start("000.00.04.H56-260210-0001", DeadlineRule.parse("WD:5"), at("2026-02-10T09:00"),
                calendar);
    }

    /** WD:2 received Mon 09/03 09:00: Mon 7 h, Tue → 15, Wed 11/03 08–09 → 16. */
    private StatutoryClock inMarch() {
        return StatutoryClock.start("birth-group-0042", DeadlineRule.parse("WD:2"), at("2026-03-09T09:00"), calendar);
    }

    @Test
    void startsRunningWithTheDueDateOfItsRule() {
        StatutoryClock clock = beforeTet();

        assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
        assertThat(clock.key()).isEqualTo("000.00.04.H56-260210-0001");
        assertThat(clock.rule()).isEqualTo(DeadlineRule.workingDays(5));
        assertThat(clock.startsAt()).isEqualTo(at("2026-02-10T09:00"));
        assertThat(clock.dueAt()).isEqualTo(at("2026-02-24T09:00"));
        assertThat(clock.remaining()).isEmpty();
    }

    @Test
    void startsCountingAtTheNextOpeningWhenReceivedAfterHours() {
        StatutoryClock clock = StatutoryClock.start("k", DeadlineRule.parse("WD:1"), at("2026-03-09T18:00"), calendar);

        assertThat(clock.startsAt()).isEqualTo(at("2026-03-10T08:00"));
        assertThat(clock.dueAt()).isEqualTo(at("2026-03-10T17:00"));
        assertThat(clock.events().get(0).at()).as("the event keeps the receipt").isEqualTo(at("2026-03-09T18:00"));
    }

    @Test
    void pausesAcrossTetAndMovesTheDueByExactlyThePausedOfficeTime() {
        StatutoryClock clock = beforeTet();

        // Paused Thu 12/02 10:00: left are Thu 10–12, 13–17 (6), Fri 13 (14), Mon 23 (22), Tue 24 08–09 (23).
        clock.pause(at("2026-02-12T10:00"), "SUPPLEMENT");

        assertThat(clock.state()).isEqualTo(ClockState.PAUSED);
        assertThat(clock.remaining()).contains(Duration.ofHours(23));

        // Resumed Wed 25/02 10:00: Wed 10–12, 13–17 (6), Thu 26 (14), Fri 27 (22), Mon 02/03 08–09 (23).
        clock.resume(at("2026-02-25T10:00"));

        assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
        assertThat(clock.dueAt()).isEqualTo(at("2026-03-02T09:00"));
        assertThat(clock.remaining()).isEmpty();
        // Paused: Thu 12/02 10:00 → Wed 25/02 10:00 = 6 + 8 + 8 + 8 + 2 = 32 h of office time; the due moved
        // from Tue 24/02 09:00 to Mon 02/03 09:00 = 7 + 8 + 8 + 8 + 1 = 32 h.
        Duration paused = calendar.workingTimeBetween(at("2026-02-12T10:00"), at("2026-02-25T10:00"));
        assertThat(paused).isEqualTo(Duration.ofHours(32));
        assertThat(calendar.workingTimeBetween(at("2026-02-24T09:00"), clock.dueAt())).isEqualTo(paused);
    }

    @Test
    void resumedOnANonWorkingDayCountsFromTheNextOpening() {
        StatutoryClock clock = beforeTet();
        // Paused Fri 13/02 16:00: left are Fri 16–17 (1), Mon 23 (9), Tue 24 08–09 (10).
        clock.pause(at("2026-02-13T16:00"), "SUPPLEMENT");
        assertThat(clock.remaining()).contains(Duration.ofHours(10));

        // Resumed on Sat 21/02 (Tết): counting goes on from Mon 23/02 08:00; 8 h → 17:00, Tue 24 08–10 → 10.
        clock.resume(at("2026-02-21T10:00"));

        assertThat(clock.dueAt()).isEqualTo(at("2026-02-24T10:00"));
    }

    @Test
    void restartsTheWholeLimitAsIfReceivedAgain() {
        StatutoryClock clock = inMarch();
        clock.pause(at("2026-03-09T14:00"), "SUPPLEMENT");

        // The complete dossier arrives Thu 12/03 15:30: Thu 1.5 h, Fri → 9.5, Mon 16/03 08–12 → 13.5,
        // 13:00–15:30 → 16.
        clock.restart(at("2026-03-12T15:30"));

        assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
        assertThat(clock.startsAt()).isEqualTo(at("2026-03-12T15:30"));
        assertThat(clock.dueAt()).isEqualTo(at("2026-03-16T15:30"));
        assertThat(clock.remaining()).isEmpty();
    }

    @Test
    void restartAppliesTheRulesCutoff() {
        StatutoryClock clock = StatutoryClock.start("k", DeadlineRule.parse("WD:2,cutoff=15:00"),
                at("2026-03-09T09:00"), calendar);

        // Thu 12/03 15:30 is after the cut-off: counting starts Fri 13/03 08:00; Fri 8 h, Mon 16/03 → 16.
        clock.restart(at("2026-03-12T15:30"));

        assertThat(clock.startsAt()).isEqualTo(at("2026-03-13T08:00"));
        assertThat(clock.dueAt()).isEqualTo(at("2026-03-16T17:00"));
    }

    @Test
    void extendsARunningClockByOfficeTime() {
        StatutoryClock clock = inMarch();

        clock.extend(at("2026-03-10T10:00"), Duration.ofHours(8), "APOLOGY_LETTER");

        // Wed 11/03 09:00 + 8 h: Wed 09–12, 13–17 (7), Thu 12/03 08–09 (8).
        assertThat(clock.dueAt()).isEqualTo(at("2026-03-12T09:00"));
        assertThat(clock.events().get(1)).isEqualTo(new ClockEvent(ClockEvent.Type.EXTENDED, at("2026-03-10T10:00"),
                "APOLOGY_LETTER", at("2026-03-12T09:00"), Duration.ofHours(8)));
    }

    @Test
    void extendsAPausedClockByAddingToTheTimeLeft() {
        StatutoryClock clock = inMarch();
        // Paused Tue 10/03 10:00: left are Tue 10–12, 13–17 (6), Wed 08–09 (7).
        clock.pause(at("2026-03-10T10:00"), "SUPPLEMENT");

        clock.extend(at("2026-03-10T11:00"), Duration.ofHours(4), "COMPLEX_VERIFICATION");

        assertThat(clock.remaining()).contains(Duration.ofHours(11));
        // Resumed Wed 11/03 08:00: Wed 8 h, Thu 12/03 08–11 → 11.
        clock.resume(at("2026-03-11T08:00"));
        assertThat(clock.dueAt()).isEqualTo(at("2026-03-12T11:00"));
    }

    @Test
    void extensionWithoutATimeIsStampedWithTheSystemClock() {
        StatutoryClock clock = inMarch();
        Instant before = Instant.now();

        clock.extend(Duration.ofHours(1), "APOLOGY_LETTER");

        assertThat(clock.events().get(1).at()).isBetween(before, Instant.now());
        assertThat(clock.dueAt()).isEqualTo(at("2026-03-11T10:00"));
        // The system-clock stamp does not block later transitions dated in 2026.
        clock.stop(at("2026-03-10T09:00"));
    }

    @Test
    void keepsTheDueOfAClockPausedAfterItWasAlreadyOverdue() {
        StatutoryClock clock = inMarch(); // due Wed 11/03 09:00

        clock.pause(at("2026-03-12T10:00"), "SUPPLEMENT");

        assertThat(clock.remaining()).contains(Duration.ZERO);
        assertThat(clock.overdueAt(at("2026-03-12T11:00"), calendar)).isTrue();
        clock.resume(at("2026-03-13T08:00"));
        assertThat(clock.dueAt()).isEqualTo(at("2026-03-11T09:00"));
        assertThat(clock.overdueAt(at("2026-03-13T08:00"), calendar)).isTrue();
    }

    @Test
    void isOverdueOnlyAfterItsDueInstant() {
        StatutoryClock clock = inMarch(); // due Wed 11/03 09:00

        assertThat(clock.overdueAt(at("2026-03-11T09:00"), calendar)).isFalse();
        assertThat(clock.overdueAt(at("2026-03-11T09:00:01"), calendar)).isTrue();

        clock.pause(at("2026-03-10T10:00"), "SUPPLEMENT");
        assertThat(clock.overdueAt(at("2026-04-30T10:00"), calendar)).as("a paused clock does not run").isFalse();
    }

    @Test
    void aStoppedClockIsOverdueIfItStoppedAfterItsDue() {
        StatutoryClock onTime = inMarch();
        onTime.stop(at("2026-03-11T09:00"));
        StatutoryClock late = inMarch();
        late.stop(at("2026-03-11T09:30"));

        assertThat(onTime.overdueAt(at("2026-12-31T10:00"), calendar)).isFalse();
        assertThat(late.overdueAt(at("2026-12-31T10:00"), calendar)).isTrue();
        assertThat(late.state()).isEqualTo(ClockState.STOPPED);
    }

    @Test
    void refusesTransitionsItsStateDoesNotAllow() {
        StatutoryClock running = inMarch();
        assertThatThrownBy(() -> running.resume(at("2026-03-09T10:00")))
                .isInstanceOf(IllegalClockTransition.class)
                .hasMessage("clock 'birth-group-0042' cannot resume: it is RUNNING");

        StatutoryClock paused = inMarch();
        paused.pause(at("2026-03-09T10:00"), "SUPPLEMENT");
        assertThatThrownBy(() -> paused.pause(at("2026-03-09T11:00"), "SUPPLEMENT"))
                .isInstanceOf(IllegalClockTransition.class)
                .hasMessageContaining("cannot pause: it is PAUSED");

        StatutoryClock stopped = inMarch();
        stopped.stop(at("2026-03-10T10:00"));
        Instant later = at("2026-03-10T11:00");
        assertThatThrownBy(() -> stopped.pause(later, "SUPPLEMENT")).isInstanceOf(IllegalClockTransition.class);
        assertThatThrownBy(() -> stopped.resume(later)).isInstanceOf(IllegalClockTransition.class);
        assertThatThrownBy(() -> stopped.restart(later)).isInstanceOf(IllegalClockTransition.class);
        assertThatThrownBy(() -> stopped.extend(later, Duration.ofHours(1), "X"))
                .isInstanceOf(IllegalClockTransition.class);
        assertThatThrownBy(() -> stopped.stop(later))
                .isInstanceOf(IllegalClockTransition.class)
                .hasMessageContaining("cannot stop: it is STOPPED");
        assertThat(stopped.events()).hasSize(2);
    }

    @Test
    void refusesTransitionsDatedBeforeTheLastOne() {
        StatutoryClock clock = inMarch();
        clock.pause(at("2026-03-10T10:00"), "SUPPLEMENT");

        assertThatThrownBy(() -> clock.resume(at("2026-03-10T09:59")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before its last PAUSED event");
        assertThat(clock.state()).isEqualTo(ClockState.PAUSED);
    }

    @Test
    void refusesAPauseWithoutAReasonAndAnEmptyExtension() {
        StatutoryClock clock = inMarch();

        assertThatThrownBy(() -> clock.pause(at("2026-03-10T10:00"), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.extend(at("2026-03-10T10:00"), Duration.ZERO, "X"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
    }

    @Test
    void recordsEveryTransitionWithTheDueInForceAfterIt() {
        StatutoryClock clock = beforeTet();
        clock.pause(at("2026-02-12T10:00"), "SUPPLEMENT");
        clock.resume(at("2026-02-25T10:00"));
        clock.extend(at("2026-02-26T09:00"), Duration.ofHours(8), "APOLOGY_LETTER");
        clock.stop(at("2026-03-02T16:00"));

        // Mon 02/03 09:00 + 8 h → Mon 09–12, 13–17 (7), Tue 03/03 08–09 (8).
        assertThat(clock.events()).containsExactly(
                new ClockEvent(ClockEvent.Type.STARTED, at("2026-02-10T09:00"), null, at("2026-02-24T09:00")),
                new ClockEvent(ClockEvent.Type.PAUSED, at("2026-02-12T10:00"), "SUPPLEMENT", at("2026-02-24T09:00"),
                        Duration.ofHours(23)),
                new ClockEvent(ClockEvent.Type.RESUMED, at("2026-02-25T10:00"), null, at("2026-03-02T09:00")),
                new ClockEvent(ClockEvent.Type.EXTENDED, at("2026-02-26T09:00"), "APOLOGY_LETTER",
                        at("2026-03-03T09:00"), Duration.ofHours(8)),
                new ClockEvent(ClockEvent.Type.STOPPED, at("2026-03-02T16:00"), null, at("2026-03-03T09:00")));
        assertThat(clock.overdueAt(at("2026-03-31T10:00"), calendar)).isFalse();
    }

    @Test
    void restoresASavedClockThatThenBehavesLikeTheOriginal() {
        StatutoryClock original = beforeTet();
        original.pause(at("2026-02-12T10:00"), "SUPPLEMENT");

        StatutoryClock restored = StatutoryClock.restore(original.key(), original.rule(), original.state(),
                original.startsAt(), original.dueAt(), original.remaining().orElse(null), original.events(), calendar);
        original.resume(at("2026-02-25T10:00"));
        restored.resume(at("2026-02-25T10:00"));

        assertThat(restored.dueAt()).isEqualTo(original.dueAt()).isEqualTo(at("2026-03-02T09:00"));
        assertThat(restored.events()).isEqualTo(original.events());
    }

    @Test
    void refusesToRestoreFieldsThatContradictTheHistory() {
        StatutoryClock clock = beforeTet();
        clock.pause(at("2026-02-12T10:00"), "SUPPLEMENT");
        List<ClockEvent> events = clock.events();

        assertThatThrownBy(() -> StatutoryClock.restore("k", clock.rule(), ClockState.RUNNING, clock.startsAt(),
                clock.dueAt(), null, events, calendar))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("saved state RUNNING contradicts its history, which ends PAUSED");
        assertThatThrownBy(() -> StatutoryClock.restore("k", clock.rule(), ClockState.PAUSED, clock.startsAt(),
                clock.dueAt(), null, events, calendar))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("remaining office time");
        assertThatThrownBy(() -> StatutoryClock.restore("k", clock.rule(), ClockState.PAUSED, clock.startsAt(),
                at("2026-02-25T09:00"), Duration.ofHours(23), events, calendar))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("differs from the last event's");
        assertThatThrownBy(() -> StatutoryClock.restore("k", clock.rule(), ClockState.PAUSED, clock.startsAt(),
                clock.dueAt(), Duration.ofHours(23), events.subList(1, 2), calendar))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must begin with STARTED");
    }
}
