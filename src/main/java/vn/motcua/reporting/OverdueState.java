package vn.motcua.reporting;

/** Where a running clock stands against its due instant, as the overdue list counts it. */
public enum OverdueState {
    /** The due instant has passed, or an apology letter was issued for the clock (it counts as overdue for good). */
    OVERDUE,
    /** Due before the end of the due-soon window ({@code motcua.reports.due-soon}). */
    DUE_SOON
}
