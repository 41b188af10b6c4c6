package vn.motcua.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The overdue list as the API and the Cockpit dashboard show it: counts of dossiers overdue and due
 * soon, the same counts per office, procedure, field, stage and responsible group or person, one page
 * of the dossiers, and the on-time rate of the last weeks.
 *
 * @param dueSoonRule    the due-soon window in the rule grammar ({@code WD:1}), for clients
 * @param dueSoonInWords the same in words for the page ("1 ngày làm việc"; {@code dueSoonInWordsEn} in English)
 * @param total    how many dossiers match (the list is one page of them)
 * @param dossiers the page, in the requested order
 */
public record OverdueReport(Instant generatedAt, String dueSoonRule, String dueSoonInWords, String dueSoonInWordsEn, List<OfficeRef> offices, Counts counts, List<Group> byOffice,
        List<Group> byProcedure, List<Group> byField, List<Group> byStage, List<Group> byResponsible, long total, int offset,
        int limit, List<Entry> dossiers, List<Week> onTimeByWeek) {

    /** An office the report covers. */
    public record OfficeRef(String id, String name) {
    }

    /** How many dossiers are overdue and due soon. */
    public record Counts(long overdue, long dueSoon) {
    }

    /**
     * The counts of one office, procedure, field, stage (clock key) or responsible group or person.
     *
     * @param type    for responsibles: {@code GROUP} or {@code USER}; null otherwise
     * @param label   Vietnamese name, where the server knows one
     * @param labelEn English name, where the server knows one
     */
    public record Group(String key, String type, String label, String labelEn, long overdue, long dueSoon) {
    }

    /**
     * One dossier of the list.
     *
     * @param dueAt                 the earliest due instant among its listed clocks
     * @param appointment           the dossier's appointment (the DOSSIER clock)
     * @param overdueWorkingMinutes office working time since the earliest overdue clock fell due (nights,
     *                              weekends and holidays not counted); 0 when only due soon
     * @param clocks                the clocks that put it on the list
     * @param responsible           who holds it: the assignee of an open task, else its candidate groups
     * @param cockpitUrl            the process instance in Cockpit
     */
    public record Entry(String code, OverdueState state, String officeId, String officeName, String procedureCode,
            String procedureName, String procedureNameEn, String field, String fieldEn, String status, Instant receivedAt,
            Instant appointment, Instant dueAt, long overdueWorkingMinutes, List<ClockState> clocks, List<Responsible> responsible,
            List<String> openTasks, LastAction lastAction, String processInstanceId, String cockpitUrl) {
    }

    /** A clock that put the dossier on the list. */
    public record ClockState(String key, Instant dueAt, OverdueState state, boolean apology) {
    }

    /** A group ({@code GROUP}) or a person ({@code USER}) holding an open task of the dossier. */
    public record Responsible(String type, String id) {
    }

    /**
     * The dossier's last action: its last status change or its last completed task, whichever came later.
     *
     * @param kind {@code STATUS} (what = the status) or {@code TASK} (what = the task's name)
     */
    public record LastAction(String kind, String what, String by, Instant at) {
    }

    /**
     * Dossiers finished in a week (Monday to Sunday, office time zone) and how many by their appointment.
     *
     * @param rate onTime / finished, null without finished dossiers
     */
    public record Week(LocalDate weekStart, long finished, long onTime, Double rate) {
    }
}
