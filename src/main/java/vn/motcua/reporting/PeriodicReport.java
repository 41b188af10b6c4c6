package vn.motcua.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The periodic report of Circular 01/2020/TT-VPCP (form II.06a) with what one-stop reports add, for some
 * offices and the days {@code from}..{@code to}: one row per field, and their total. The README's "Reports"
 * section defines every number.
 *
 * @param asOf      the instant the numbers are as of: the start of the day after {@code to}, or the moment the report
 *                  was made while the period runs
 * @param earlyRule which resolved dossiers count as early rather than on time
 */
public record PeriodicReport(List<OfficeRef> offices, LocalDate from, LocalDate to, OffsetDateTime asOf, EarlyRule earlyRule,
        List<Row> fields, Row total) {

    public PeriodicReport {
        offices = List.copyOf(offices);
        fields = List.copyOf(fields);
    }

    /** An office the report covers. */
    public record OfficeRef(String id, String code, String name) {
    }

    /** The numbers of one field (or of all, in {@link PeriodicReport#total()}). */
    public record Row(String field, Received received, Resolved resolved, InProcess inProcess, long rejected, long withdrawn,
            long awaitingSupplement, long apologyLetters, long feeBearing, long paidOnline, long digitised, long reused) {
    }

    /** Received for resolution: new in the period (online; at the counter or by post) and carried over from before. */
    public record Received(long total, long online, long counterOrPostal, long carriedOver) {
    }

    /** Resolved in the period, by their end against the appointment. */
    public record Resolved(long total, long early, long onTime, long overdue) {
    }

    /** Still in process at the end of the period (as of {@link PeriodicReport#asOf()}). */
    public record InProcess(long total, long withinTerm, long overdue) {
    }

    static Row row(Tally t) {
        return new Row(t.field(), new Received(t.received() + t.carriedOver(), t.receivedOnline(), t.receivedCounterOrPostal(), t.carriedOver()),
                new Resolved(t.resolved(), t.resolvedEarly(), t.resolvedOnTime(), t.resolvedOverdue()),
                new InProcess(t.inProcess(), t.inProcessWithinTerm(), t.inProcessOverdue()), t.rejected(), t.withdrawn(),
                t.awaitingSupplement(), t.apologyLetters(), t.feeBearing(), t.paidOnline(), t.digitised(), t.reused());
    }
}
