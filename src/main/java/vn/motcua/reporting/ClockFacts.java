package vn.motcua.reporting;

import java.time.Instant;
import java.time.ZoneId;

import vn.motcua.deadline.ClockEvent;
import vn.motcua.deadline.ClockView;

/**
 * What the reports take from a dossier clock's history: the appointment, when the dossier was (or will be)
 * late, the first apology letter and the waits for a supplement.
 */
record ClockFacts(Instant dueAt, Instant dueDayStartsAt, Instant lateAt, Instant apologyAt, int supplementRequests,
        Instant supplementFrom, Instant supplementUntil) {

    static final String SUPPLEMENT = "SUPPLEMENT";
    static final String APOLOGY = "APOLOGY";

    static ClockFacts of(ClockView clock, ZoneId zone) {
        Instant lateAt = null;
        Instant apologyAt = null;
        Instant supplementFrom = null;
        Instant supplementUntil = null;
        int supplements = 0;
        boolean running = false;
        Instant due = null;
        for (ClockEvent event : clock.events()) {
            // the clock counted from the previous event to this one with the due then in force
            if (running && lateAt == null && due.isBefore(event.at())) {
                lateAt = due;
            }
            switch (event.type()) {
                case STARTED, RESUMED, RESTARTED -> running = true;
                case PAUSED -> running = false;
                case STOPPED -> running = false;
                case EXTENDED -> {
                    if (APOLOGY.equals(event.reason()) && apologyAt == null) {
                        apologyAt = event.at();
                    }
                }
            }
            if (event.type() == ClockEvent.Type.PAUSED && SUPPLEMENT.equals(event.reason())) {
                supplements++;
                supplementFrom = event.at();
                supplementUntil = null;
            } else if (supplementFrom != null && supplementUntil == null && event.type() != ClockEvent.Type.EXTENDED) {
                supplementUntil = event.at();
            }
            due = event.dueAt();
        }
        if (running && lateAt == null) {
            lateAt = due;
        }
        Instant dayStart = clock.dueAt().atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        return new ClockFacts(clock.dueAt(), dayStart, lateAt, apologyAt, supplements, supplementFrom, supplementUntil);
    }
}
