/**
 * Reports: the periodic report (Circular 01/2020 form II.06a and one-stop additions), the Decision 766
 * indicators, citizens' ratings and the import of past dossiers.
 *
 * <p><b>Design: one fact row per dossier.</b> Reports never read the live tables of other modules. Table
 * {@code mc_report_dossier} holds one row per dossier — office, procedure, field, channel, received, current
 * appointment (and the start of its day), when it was or will be late, when it ended and how, fee-bearing,
 * paid online, digitised, reused, electronic result, first apology letter, supplement requests and the latest
 * wait for a supplement, rating. {@link vn.motcua.reporting.DossierFacts} keeps live rows current from the
 * events of the other modules ({@code DossierReceived}, {@code DossierStatusChanged},
 * {@code DossierDocumentAdded}, {@code ClockChanged} of the dossier clock, {@code FeeLinesRecorded},
 * {@code PaymentReceived}) in the transaction of the change, so a committed dossier and its report row never
 * disagree. {@link vn.motcua.reporting.HistoricalImport} fills rows of past dossiers from a CSV (no process, no
 * clocks: the appointment is taken as given); {@link vn.motcua.reporting.FactBackfill} writes, at start, the
 * rows of live dossiers registered before this module existed.
 *
 * <p><b>Why it is fast and correct across periods.</b> A period's dossiers are those received in it or still
 * open at its start. They are found through three disjoint index ranges: ended dossiers received since
 * {@code from} minus {@link vn.motcua.reporting.FactStore#LOOK_BACK}, the ended ones flagged long-running (open
 * for longer than the look-back), and the open ones, so no query scans the history before the period. Supplement pauses move the
 * appointment with the dossier clock; "late at" is replayed from the clock's history, so a dossier in process
 * at the end of a past period is judged by the appointment in force then, not by a later one.
 *
 * <p>Other modules (the overdue list) may read {@code mc_report_dossier}: open dossiers have
 * {@code alive_until = 9999-12-31} and {@code long_running = true}, their appointment in {@code due_at} and
 * {@code late_at}. Stage clocks are not in it.
 *
 * <p><b>The overdue list</b> ({@link vn.motcua.reporting.OverdueReports}) needs the stage clocks and who holds each
 * dossier, so it keeps two tables of its own in the transaction of every change: {@code mc_dossier_holder} (one row
 * per open task and holder, by {@code process.DossierHolderListener}) and {@code mc_dossier_watch} (one row per open
 * dossier: office, procedure, earliest due instants of its running clocks, holders, by {@code process.DossierWatch});
 * it counts and pages them in the database (see {@link vn.motcua.reporting.OverdueQueries}).
 */
package vn.motcua.reporting;
