package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.deadline.Calendars.at;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Due dates worked out by hand from the 2026 calendar (standard hours 08:00–12:00, 13:00–17:00, so one
 * working day is 8 h). Days off in 2026 per config/holidays.txt: Thu 01/01; Tết Sat 14/02 – Sun 22/02;
 * Sun 26/04 (Hùng Kings) with Mon 27/04 off instead; Thu 30/04, Fri 01/05; Tue 01/09, Wed 02/09.
 * The running totals in the comments are the office hours counted so far.
 */
class WorkingCalendarDueTest {

    @ParameterizedTest(name = "[{index}] received {0}, {1} → starts {2}, due {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # received        | rule                  | startsAt          | dueAt
            # ---- Tết 2026: Fri 13/02 is the last working day, Mon 23/02 the first one after ----
            # Fri 10–12 and 13–17 = 6; Mon 23 → 14; Tue 24 → 22; Wed 25 08–10 → 24.
            2026-02-13T10:00  | WD:3                  | 2026-02-13T10:00  | 2026-02-25T10:00
            # Fri 16–17 = 1; Mon 23 08–12 → 5, 13–16 → 8.
            2026-02-13T16:00  | WD:1                  | 2026-02-13T16:00  | 2026-02-23T16:00
            # After the cut-off on Fri 13/02: counting starts on the next working day, Mon 23/02.
            2026-02-13T15:01  | SAME_DAY,cutoff=15:00 | 2026-02-23T08:00  | 2026-02-23T17:00
            2026-02-13T14:59  | SAME_DAY,cutoff=15:00 | 2026-02-13T14:59  | 2026-02-13T17:00
            # Exactly 15:00 is not after 15:00.
            2026-02-13T15:00  | SAME_DAY,cutoff=15:00 | 2026-02-13T15:00  | 2026-02-13T17:00
            # Received during Tết: counting starts Mon 23/02 08:00; 16 h end Tue 24 at 17:00.
            2026-02-16T09:00  | WD:2                  | 2026-02-23T08:00  | 2026-02-24T17:00
            2026-02-14T10:00  | WH:4                  | 2026-02-23T08:00  | 2026-02-23T12:00
            # Thu 11–12 = 1, 13–17 → 5; Fri 13 → 13; Mon 23 08–11 → 16.
            2026-02-12T11:00  | WD:2                  | 2026-02-12T11:00  | 2026-02-23T11:00
            2026-02-13T08:00  | WD:1                  | 2026-02-13T08:00  | 2026-02-13T17:00
            # Received in the lunch break: counting starts at 13:00.
            2026-02-13T12:30  | WH:2                  | 2026-02-13T13:00  | 2026-02-13T15:00
            # Received exactly at closing time: the office is no longer open, next opening Mon 23/02.
            2026-02-13T17:00  | WH:1                  | 2026-02-23T08:00  | 2026-02-23T09:00
            2026-02-22T23:59  | WD:1                  | 2026-02-23T08:00  | 2026-02-23T17:00
            # Fri 6; Mon 23 → 14; Tue → 22; Wed → 30; Thu → 38; Fri 27 08–10 → 40.
            2026-02-13T10:00  | WD:5                  | 2026-02-13T10:00  | 2026-02-27T10:00
            # As above to Fri 27 (46 incl. Fri 27 whole); Mon 02/03 → 54; Tue 03/03 08–10 → 56.
            2026-02-13T10:00  | WD:7                  | 2026-02-13T10:00  | 2026-03-03T10:00
            # Mon 09/02 9–12, 13–17 = 7; Tue → 15; Wed → 23; Thu → 31; Fri 13 → 39; Mon 23 → 47; Tue 24 → 55;
            # Wed 25 08–09 → 56.
            2026-02-09T09:00  | WD:7                  | 2026-02-09T09:00  | 2026-02-25T09:00
            # Fri 11–12 = 1, 13–17 → 5; Mon 23 08–11 → 8.
            2026-02-13T11:00  | WH:8                  | 2026-02-13T11:00  | 2026-02-23T11:00
            # ---- Hùng Kings: Sun 26/04 → Mon 27/04 off; then Thu 30/04 and Fri 01/05 off ----
            # Fri 24/04 16–17 = 1; Mon 27 off; Tue 28 08–12 → 5, 13–16 → 8.
            2026-04-24T16:00  | WD:1                  | 2026-04-24T16:00  | 2026-04-28T16:00
            # Fri 7; Tue 28 → 15; Wed 29 → 23; Thu 30, Fri 01, weekend off; Mon 04/05 08–09 → 24.
            2026-04-24T09:00  | WD:3                  | 2026-04-24T09:00  | 2026-05-04T09:00
            2026-04-27T10:00  | WD:2                  | 2026-04-28T08:00  | 2026-04-29T17:00
            2026-04-27T10:00  | SAME_DAY              | 2026-04-28T08:00  | 2026-04-28T17:00
            # Wed 29/04 10–12, 13–17 = 6; next working day Mon 04/05 08–10 → 8.
            2026-04-29T10:00  | WD:1                  | 2026-04-29T10:00  | 2026-05-04T10:00
            # Wed 14–17 = 3; Mon 04/05 08–09 → 4.
            2026-04-29T14:00  | WH:4                  | 2026-04-29T14:00  | 2026-05-04T09:00
            2026-04-30T09:00  | WD:1                  | 2026-05-04T08:00  | 2026-05-04T17:00
            # Tue 28 8; Wed 29 16; Mon 04 24; Tue 05 32; Wed 06 40.
            2026-04-28T08:00  | WD:5                  | 2026-04-28T08:00  | 2026-05-06T17:00
            # Received on the Sunday holiday itself; Mon 27 is off too.
            2026-04-26T12:00  | WH:8                  | 2026-04-28T08:00  | 2026-04-28T17:00
            2026-04-29T15:30  | SAME_DAY,cutoff=15:00 | 2026-05-04T08:00  | 2026-05-04T17:00
            2026-05-01T18:00  | WD:2                  | 2026-05-04T08:00  | 2026-05-05T17:00
            # Thu 23/04 6; Fri 24 14; Tue 28 22; Wed 29 30; Mon 04/05 38; Tue 05 46; Wed 06 54;
            # Thu 07 08–10 → 56.
            2026-04-23T10:00  | WD:7                  | 2026-04-23T10:00  | 2026-05-07T10:00
            # ---- Ordinary weeks of March 2026 (Mon 02, 09, 16, 23) ----
            # Friday evening → Monday morning.
            2026-03-06T18:00  | WD:1                  | 2026-03-09T08:00  | 2026-03-09T17:00
            # Saturday → Monday; 4 h end exactly at the 12:00 closing, which is kept.
            2026-03-07T10:00  | WH:4                  | 2026-03-09T08:00  | 2026-03-09T12:00
            # Before opening (07:00) → 08:00 the same day; one day ends at 17:00 that day.
            2026-03-09T07:00  | WD:1                  | 2026-03-09T08:00  | 2026-03-09T17:00
            2026-03-09T07:00  | SAME_DAY              | 2026-03-09T08:00  | 2026-03-09T17:00
            2026-03-09T18:00  | SAME_DAY              | 2026-03-10T08:00  | 2026-03-10T17:00
            # 12:00 is the morning closing, not inside office hours → 13:00.
            2026-03-09T12:00  | WH:1                  | 2026-03-09T13:00  | 2026-03-09T14:00
            2026-03-09T12:59  | WH:4                  | 2026-03-09T13:00  | 2026-03-09T17:00
            # 11–12 = 1; 13–16 → 4 (crosses lunch).
            2026-03-09T11:00  | WH:4                  | 2026-03-09T11:00  | 2026-03-09T16:00
            # 16–17 = 1; Tue 08–10 → 3 (crosses the night).
            2026-03-09T16:00  | WH:3                  | 2026-03-09T16:00  | 2026-03-10T10:00
            2026-03-09T08:00  | WH:4                  | 2026-03-09T08:00  | 2026-03-09T12:00
            2026-03-09T08:00  | WD:1                  | 2026-03-09T08:00  | 2026-03-09T17:00
            2026-03-09T08:00  | WD:5                  | 2026-03-09T08:00  | 2026-03-13T17:00
            # Mon 13:30–17 = 3.5; Tue–Fri → 35.5; Mon 16/03 08–12 → 39.5, 13:00–13:30 → 40.
            2026-03-09T13:30  | WD:5                  | 2026-03-09T13:30  | 2026-03-16T13:30
            # Thu 12/03 6; Fri 14; Mon 16 22; Tue 30; Wed 38; Thu 46; Fri 20 54; Mon 23/03 08–10 → 56.
            2026-03-12T10:00  | WD:7                  | 2026-03-12T10:00  | 2026-03-23T10:00
            # Fri 16:30–17 = 0.5; Mon 16/03 08–09:30 → 2.
            2026-03-13T16:30  | WH:2                  | 2026-03-13T16:30  | 2026-03-16T09:30
            # Lunch break before the cut-off → the afternoon opening the same day.
            2026-03-11T12:15  | SAME_DAY,cutoff=15:00 | 2026-03-11T13:00  | 2026-03-11T17:00
            2026-03-11T15:01  | SAME_DAY,cutoff=15:00 | 2026-03-12T08:00  | 2026-03-12T17:00
            # The cut-off applies to WD rules too: Thu 08:00 + 16 h → Fri 17:00.
            2026-03-11T15:01  | WD:2,cutoff=15:00     | 2026-03-12T08:00  | 2026-03-13T17:00
            # Without a cut-off: Wed 15:01–17 = 1:59; Thu → 9:59; Fri 08–12 → 13:59, 13:00–15:01 → 16:00.
            2026-03-11T15:01  | WD:2                  | 2026-03-11T15:01  | 2026-03-13T15:01
            # Saturday, before or after the cut-off time: the next opening is Monday either way.
            2026-03-14T09:00  | SAME_DAY,cutoff=15:00 | 2026-03-16T08:00  | 2026-03-16T17:00
            2026-03-14T16:00  | SAME_DAY,cutoff=15:00 | 2026-03-16T08:00  | 2026-03-16T17:00
            2026-03-13T15:30  | SAME_DAY,cutoff=15:00 | 2026-03-16T08:00  | 2026-03-16T17:00
            # 11:59–12:00 = 1 min; 13:00–13:59 → 60 min.
            2026-03-10T11:59  | WH:1                  | 2026-03-10T11:59  | 2026-03-10T13:59
            2026-03-10T12:00  | SAME_DAY              | 2026-03-10T13:00  | 2026-03-10T17:00
            # ---- New year: Thu 01/01 – Sun 04/01/2026 off (Fri 02/01 swapped for a worked Sat 10/01) ----
            # Wed 14–17 = 3; Mon 05/01 08–12 → 7, 13–14 → 8.
            2025-12-31T14:00  | WD:1                  | 2025-12-31T14:00  | 2026-01-05T14:00
            2026-01-01T09:00  | WD:1                  | 2026-01-05T08:00  | 2026-01-05T17:00
            2026-01-02T10:00  | SAME_DAY              | 2026-01-05T08:00  | 2026-01-05T17:00
            # The worked Saturday has the ordinary hours: Sat 16–17 = 1; Mon 12/01 08–09 → 2.
            2026-01-10T16:00  | WH:2                  | 2026-01-10T16:00  | 2026-01-12T09:00
            2026-01-10T15:30  | SAME_DAY,cutoff=15:00 | 2026-01-12T08:00  | 2026-01-12T17:00
            # ---- National Day: Sat 29/08 – Wed 02/09/2026 off (Mon 31/08 swapped for a worked Sat 22/08) ----
            # Fri 28/08 10–12, 13–17 = 6; Thu 03/09 08–10 → 8.
            2026-08-28T10:00  | WD:1                  | 2026-08-28T10:00  | 2026-09-03T10:00
            2026-08-31T10:00  | SAME_DAY              | 2026-09-03T08:00  | 2026-09-03T17:00
            2026-09-01T10:00  | SAME_DAY              | 2026-09-03T08:00  | 2026-09-03T17:00
            # Sat 22/08 09–12 = 3, 13–14 → 4.
            2026-08-22T09:00  | WH:4                  | 2026-08-22T09:00  | 2026-08-22T14:00
            """)
    void computesTheStartAndTheDueDateAsWorkedOutByHand(
            LocalDateTime received, String rule, LocalDateTime startsAt, LocalDateTime dueAt) {
        Due due = Calendars.standardOffice().due(received, DeadlineRule.parse(rule));

        assertThat(due.startsAt()).as("startsAt").isEqualTo(at(startsAt.toString()));
        assertThat(due.dueAt()).as("dueAt").isEqualTo(at(dueAt.toString()));
        assertThat(due.provisional()).as("2025 and 2026 are official").isFalse();
    }
}
