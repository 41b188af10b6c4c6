package vn.motcua.reporting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.Dossiers;
import vn.motcua.fee.Fees;
import vn.motcua.fee.Payments;

/**
 * At start, writes the reporting row of every live dossier that has none: those registered before this module
 * kept facts. Each is built from the modules' public APIs in a transaction of its own; a dossier registered
 * meanwhile (its own event wrote the row) is skipped.
 */
@Component
class FactBackfill {

    private static final Logger log = LoggerFactory.getLogger(FactBackfill.class);

    private final FactStore facts;
    private final DossierFacts dossierFacts;
    private final Dossiers dossiers;
    private final Fees fees;
    private final Payments payments;
    private final Ratings ratings;
    private final TransactionTemplate transaction;

    FactBackfill(FactStore facts, DossierFacts dossierFacts, Dossiers dossiers, Fees fees, Payments payments, Ratings ratings,
            PlatformTransactionManager transactions) {
        this.facts = facts;
        this.dossierFacts = dossierFacts;
        this.dossiers = dossiers;
        this.fees = fees;
        this.payments = payments;
        this.ratings = ratings;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillIn() {
        int written = 0;
        for (var codes = facts.liveDossiersWithoutFacts(500); !codes.isEmpty(); codes = facts.liveDossiersWithoutFacts(500)) {
            int before = written;
            for (String code : codes) {
                try {
                    transaction.executeWithoutResult(status -> {
                        if (!facts.exists(code)) {
                            facts.insert(dossierFacts.rebuild(dossiers.get(code), fees, payments));
                            ratings.find(code).ifPresent(rating -> facts.rating(code, rating.value().name()));
                        }
                    });
                    written++;
                } catch (DuplicateKeyException e) {
                    // registered meanwhile: its own event wrote the row
                }
            }
            if (written == before) {
                break;
            }
        }
        if (written > 0) {
            log.info("Reporting: wrote the rows of {} dossier(s) registered before reports were kept", written);
        }
    }
}
