package vn.motcua.reporting.process;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.deadline.ClockChanged;
import vn.motcua.dossier.DossierReceived;
import vn.motcua.reporting.DossierHolders;

/**
 * Keeps {@code mc_dossier_watch} current: one row per open dossier with what the overdue list counts and filters by —
 * office, procedure, receipt, the earliest due instant of its running clocks (the applicant's supplement clocks aside)
 * and of those counted overdue after an apology, and who holds it ({@link DossierHolders}, from
 * {@code mc_dossier_holder}). So the list reads one narrow row per dossier instead of joining the clocks, the dossiers
 * and the holders of 20,000 listed dossiers on every request.
 *
 * <p>A dossier's row is computed again from those tables when it is received ({@link DossierReceived}), whenever one of
 * its clocks changes ({@link ClockChanged}) or its holders do ({@link DossierHolderListener}), once per dossier just
 * before the transaction commits, so that it sees the dossier row registered in the same transaction and every change
 * of the step. Two transactions changing one
 * dossier at once take turns on its row (locked first, then read): the second sees what the first committed. A
 * finished dossier's row is deleted.
 */
@Component
class DossierWatch {

    private final JdbcClient jdbc;

    DossierWatch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ClockChanged change) {
        changed(change.dossier());
    }

    /** Every open dossier has its row, also one that runs no clock yet (it awaits its reception check). */
    @EventListener
    void on(DossierReceived received) {
        changed(received.code());
    }

    /** The dossier's clocks or holders changed: its row is computed again before the transaction commits. */
    void changed(String dossier) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh(dossier);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> pending = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            // sorted: two transactions lock the rows of the dossiers they share in the same order
            Set<String> dossiers = new TreeSet<>();
            TransactionSynchronizationManager.bindResource(this, dossiers);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    TransactionSynchronizationManager.unbindResource(DossierWatch.this);
                    dossiers.forEach(DossierWatch.this::refresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DossierWatch.this);
                }
            });
            pending = dossiers;
        }
        pending.add(dossier);
    }

    void refresh(String code) {
        boolean watched = !jdbc.sql("select dossier_code from mc_dossier_watch where dossier_code = ? for update").param(code)
                .query(String.class).list().isEmpty();
        Optional<Dossier> dossier = jdbc.sql("select office_id, procedure_code, received_at, finished_at from mc_dossier where code = ?")
                .param(code).query((rs, n) -> new Dossier(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4) != null))
                .optional();
        if (dossier.isEmpty() || dossier.get().finished()) {
            if (watched) {
                jdbc.sql("delete from mc_dossier_watch where dossier_code = ?").param(code).update();
            }
            return;
        }
        Instant[] due = jdbc.sql("""
                select min(due_at), min(case when counted_overdue = true then due_at end) from mc_clock
                where dossier = ? and state = 'RUNNING' and clock_key not like 'SUPPLEMENT%'""")
                .param(code).query((rs, n) -> new Instant[] {instant(rs, 1), instant(rs, 2)}).single();
        String holders = DossierHolders.text(jdbc.sql("""
                select distinct holder_type, holder_id from mc_dossier_holder where dossier_code = ? and holder_type <> 'NONE'""")
                .param(code).query((rs, n) -> rs.getString(1) + ":" + rs.getString(2)).list());
        if (watched) {
            jdbc.sql("update mc_dossier_watch set first_due = ?, first_counted_due = ?, holders = ? where dossier_code = ?")
                    .params(at(due[0]), at(due[1]), holders, code).update();
        } else {
            jdbc.sql("""
                    insert into mc_dossier_watch (dossier_code, office_id, procedure_code, received_at, first_due, first_counted_due,
                                                  holders) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(code, dossier.get().officeId(), dossier.get().procedureCode(), at(dossier.get().receivedAt()), at(due[0]),
                            at(due[1]), holders)
                    .update();
        }
    }

    private record Dossier(String officeId, String procedureCode, Instant receivedAt, boolean finished) {
    }

    private static SqlParameterValue at(Instant instant) {
        return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, instant == null ? null : instant.atOffset(ZoneOffset.UTC));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
