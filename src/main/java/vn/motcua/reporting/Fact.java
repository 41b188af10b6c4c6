package vn.motcua.reporting;

import java.time.Instant;

/**
 * What the reports know of one dossier: a row of {@code mc_report_dossier}, live or imported.
 *
 * @param dueDayStartsAt the start of the appointment's day in the offices' zone (finished before it: early)
 * @param lateAt         when the dossier ran, or will run if nothing changes, past its appointment while its clock
 *                       counted; null while it waits for a supplement with time left and was never late before
 * @param apologyAt      the first apology letter (form 04): the dossier counts as overdue from then on
 */
record Fact(String code, String officeId, String procedureCode, String field, String channel, String status,
        Instant receivedAt, Instant dueAt, Instant dueDayStartsAt, Instant lateAt, Instant finishedAt,
        boolean feeBearing, boolean paidOnline, boolean digitised, boolean reused, boolean electronicResult,
        Instant apologyAt, int supplementRequests, Instant supplementFrom, Instant supplementUntil, boolean imported) {
}
