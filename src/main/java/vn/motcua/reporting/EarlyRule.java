package vn.motcua.reporting;

/**
 * When a dossier resolved by its appointment counts as early ("trả trước hạn") rather than on time. Provinces
 * count it both ways, so it is a setting ({@code motcua.reports.early-rule}) and every report names the one it used.
 */
public enum EarlyRule {

    /** Resolved before the day of the appointment (in the offices' zone); on time on that day. The default. */
    BEFORE_APPOINTMENT_DAY("trả trước ngày hẹn trả", "due_day_starts_at"),

    /** Resolved before the appointment instant; on time only at that very instant. */
    BEFORE_APPOINTMENT_INSTANT("trả trước thời điểm hẹn trả", "due_at");

    private final String label;
    private final String column;

    EarlyRule(String label, String column) {
        this.label = label;
        this.column = column;
    }

    /** The rule in Vietnamese, as the exported reports state it. */
    public String label() {
        return label;
    }

    /** The column of {@code mc_report_dossier} a resolved dossier must end before to be early. */
    String column() {
        return column;
    }
}
