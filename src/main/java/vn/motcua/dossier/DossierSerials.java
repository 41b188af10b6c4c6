package vn.motcua.dossier;

import java.time.LocalDate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily serial of an office's dossier codes, gap-free and unique under concurrent intake: the
 * counter row of the office and day is incremented in the transaction that stores the dossier, so it
 * stays locked until that commits, and a rolled-back intake gives its number back.
 */
@Component
class DossierSerials {

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    DossierSerials(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next serial of the office on that day; call inside the transaction that stores the dossier. */
    int next(String officeId, LocalDate day) {
        if (increment(officeId, day) == 0) {
            createCounter(officeId, day);
            increment(officeId, day);
        }
        return jdbc.sql("select last_serial from mc_dossier_serial where office_id = ? and day_of_serial = ?")
                .params(officeId, day).query(Integer.class).single();
    }

    private int increment(String officeId, LocalDate day) {
        return jdbc.sql("update mc_dossier_serial set last_serial = last_serial + 1 where office_id = ? and day_of_serial = ?")
                .params(officeId, day).update();
    }

    // The day's first dossier creates the counter in a transaction of its own: two first dossiers
    // racing for it must not abort the intake that loses the race.
    private void createCounter(String officeId, LocalDate day) {
        try {
            separately.executeWithoutResult(status -> jdbc.sql(
                    "insert into mc_dossier_serial (office_id, day_of_serial, last_serial) values (?, ?, 0)")
                    .params(officeId, day).update());
        } catch (DuplicateKeyException createdByAnother) {
            // fine: the other intake made it
        }
    }
}
