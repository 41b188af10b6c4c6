package vn.motcua.fee;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The receipt numbers of an office and year, gap-free and unique under concurrent issue: the counter
 * row is incremented in the transaction that stores the receipt, so it stays locked until that
 * commits, and a rolled-back receipt gives its number back.
 */
@Component
class ReceiptSerials {

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    ReceiptSerials(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number of the office in that year; call inside the transaction that stores the receipt. */
    int next(String officeId, int year) {
        if (increment(officeId, year) == 0) {
            createCounter(officeId, year);
            increment(officeId, year);
        }
        int number = jdbc.sql("select last_number from mc_receipt_serial where office_id = ? and year_of_issue = ?")
                .params(officeId, year).query(Integer.class).single();
        if (number > Receipt.MAX_NUMBER) {
            throw new IllegalStateException("office " + officeId + " has used all 8-digit receipt numbers of " + year);
        }
        return number;
    }

    private int increment(String officeId, int year) {
        return jdbc.sql("update mc_receipt_serial set last_number = last_number + 1 where office_id = ? and year_of_issue = ?")
                .params(officeId, year).update();
    }

    // The year's first receipt creates the counter in a transaction of its own: two first receipts
    // racing for it must not abort the one that loses the race.
    private void createCounter(String officeId, int year) {
        try {
            separately.executeWithoutResult(status -> jdbc.sql(
                    "insert into mc_receipt_serial (office_id, year_of_issue, last_number) values (?, ?, 0)")
                    .params(officeId, year).update());
        } catch (DuplicateKeyException createdByAnother) {
            // fine: the other receipt made it
        }
    }
}
