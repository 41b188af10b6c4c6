-- The overdue list (reporting): running clocks that are due before the end of the due-soon window, or
-- counted overdue after an apology, are found by range scans instead of reading every open dossier.
create index ix_clock_state_due on mc_clock (state, due_at);
create index ix_clock_counted_overdue on mc_clock (counted_overdue);
-- The on-time chart of the overdue dashboard reads the dossiers finished in the last weeks.
create index ix_dossier_finished on mc_dossier (finished_at);
