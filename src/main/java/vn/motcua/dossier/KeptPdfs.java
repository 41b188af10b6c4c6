package vn.motcua.dossier;

import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.digitisation.Documents;
import vn.motcua.digitisation.IssuedPdf;

/**
 * Signed PDFs the office hands out on request (appointment slips, receipts), kept in the document store the first
 * time they are made so that the QR code printed on them verifies the very bytes the citizen holds.
 */
@Component
class KeptPdfs {

    private final Documents documents;
    private final TransactionTemplate ownTransaction;

    KeptPdfs(Documents documents, PlatformTransactionManager transactions) {
        this.documents = documents;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The kept document's bytes, if there is one with this id. */
    Optional<byte[]> content(UUID documentId) {
        return documents.find(documentId).map(documents::bytes);
    }

    /** {@link #keep(IssuedPdf, Runnable)} with nothing recorded alongside. */
    boolean keep(IssuedPdf pdf) {
        return keep(pdf, () -> { });
    }

    /**
     * Keeps the PDF, and what {@code alongside} records of it, in a transaction of its own.
     *
     * @return false when another request kept its own first (a duplicate key): the caller then serves that one
     */
    boolean keep(IssuedPdf pdf, Runnable alongside) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                documents.issue(pdf);
                alongside.run();
            });
            return true;
        } catch (DuplicateKeyException keptMeanwhile) {
            return false;
        }
    }
}
