package vn.motcua.digitisation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Digitised documents and the citizen's document store (kho dữ liệu điện tử): the bytes in the
 * {@link DocumentStore}, addressed by SHA-256, and one metadata row per document in mc_document. Every
 * read goes through a metadata row, so a blob without one cannot be reached.
 */
@Service
public class Documents {

    /** Blobs checked against the table with one query. */
    private static final int SWEEP_BATCH = 500;

    private final DocumentStore store;
    private final DocumentRows rows;
    private final FileChecks checks;
    private final TransactionTemplate savepoint;

    Documents(DocumentStore store, DocumentRows rows, DigitisationSettings settings, PdfBudget pdfBudget,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.rows = rows;
        this.checks = new FileChecks(store, settings.maxFileSize(), pdfBudget);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Checks the file, stores its bytes and records the document in the caller's transaction. The format
     * is told by the content (PDF, JPEG, PNG), never by the name. Throws {@link DocumentRejected} with
     * code UNSUPPORTED_FORMAT, TOO_LARGE, EMPTY, BAD_FILE_NAME, UNREADABLE_PDF or PDF_OVER_BUDGET
     * (a PDF read within {@link PdfBudget}). A PDF's pages are
     * counted, an image has 1. If the owner already has a document with the same bytes for the same
     * component (or both for none), that one is returned and nothing new is recorded. Reads the content
     * to its end without closing it.
     */
    @Transactional
    public StoredDocument digitise(NewDocument document) {
        var file = checks.checkAndStore(document.fileName(), document.content());
        return rows.findSame(document.ownerIdNumber(), file.blob().sha256(), document.componentCode())
                .orElseGet(() -> record(new StoredDocument(document.id() != null ? document.id() : UUID.randomUUID(), document.ownerIdNumber(), file.blob().sha256(),
                        file.format(), file.blob().size(), file.pages(), file.fileName(), document.componentCode(),
                        document.scannedBy(), Instant.now().truncatedTo(ChronoUnit.MICROS))));
    }

    /**
     * Stores a PDF the application issued once and records it in each owner's store, every row pointing at
     * the same bytes, in the caller's transaction; returns the rows in the order of the owners. The caller
     * vouches for the format and the pages (it rendered the file), so neither is read back; the name is
     * checked. A retried step must not call this twice: each call records new documents.
     */
    @Transactional
    public List<StoredDocument> issue(IssuedPdf pdf) {
        String fileName = FileNames.clean(pdf.fileName());
        if (DocumentFormat.sniff(Arrays.copyOf(pdf.content(), DocumentFormat.SIGNATURE_LENGTH))
                .filter(DocumentFormat.PDF::equals).isEmpty()) {
            throw new IllegalArgumentException("an issued document must be a PDF: " + fileName);
        }
        StoredBlob blob = store.put(new ByteArrayInputStream(pdf.content()));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<StoredDocument> issued = new ArrayList<>();
        for (String owner : pdf.ownerIdNumbers()) {
            UUID id = issued.isEmpty() && pdf.id() != null ? pdf.id() : UUID.randomUUID();
            issued.add(new StoredDocument(id, owner, blob.sha256(), DocumentFormat.PDF, blob.size(), pdf.pages(), fileName,
                    pdf.componentCode(), pdf.issuedBy(), now));
        }
        rows.insertAll(issued);
        return issued;
    }

    public Optional<StoredDocument> find(UUID id) {
        return rows.find(id);
    }

    /** The citizen's store: the document only if it belongs to that personal id number. */
    public Optional<StoredDocument> findForOwner(UUID id, String ownerIdNumber) {
        return rows.findForOwner(id, ownerIdNumber);
    }

    /** The owner's documents, newest first. */
    public List<StoredDocument> ofOwner(String ownerIdNumber) {
        return rows.ofOwner(ownerIdNumber);
    }

    /** The document's bytes; the caller closes the stream. */
    public InputStream content(StoredDocument document) {
        return store.open(document.sha256());
    }

    /** The document's bytes, all read (for documents small enough to hold: PDFs to sign, verify or send). */
    public byte[] bytes(StoredDocument document) {
        try (InputStream in = content(document)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read document " + document.id(), e);
        }
    }

    /**
     * Deletes blobs that no document references and that were last stored before {@code olderThan} ago,
     * and returns how many. Such blobs come from a crash or a rollback between storing the bytes and
     * committing the row. The grace period must be longer than any transaction that digitises, or a
     * document being recorded could lose its blob.
     */
    public int sweepOrphans(Duration olderThan) {
        Instant cutoff = Instant.now().minus(olderThan);
        store.discardUnfinishedWrites(cutoff);
        int deleted = 0;
        try (Stream<BlobInfo> blobs = store.list()) {
            List<String> batch = new ArrayList<>(SWEEP_BATCH);
            Iterator<BlobInfo> old = blobs.filter(b -> !b.lastModified().isAfter(cutoff)).iterator();
            while (old.hasNext()) {
                batch.add(old.next().sha256());
                if (batch.size() == SWEEP_BATCH || !old.hasNext()) {
                    deleted += deleteUnreferenced(batch, cutoff);
                    batch.clear();
                }
            }
        }
        return deleted;
    }

    private int deleteUnreferenced(List<String> hashes, Instant cutoff) {
        Set<String> referenced = rows.referenced(hashes);
        int deleted = 0;
        for (String sha256 : hashes) {
            if (!referenced.contains(sha256) && store.deleteIfOlderThan(sha256, cutoff)) {
                deleted++;
            }
        }
        return deleted;
    }

    /**
     * Inserts the row; when a concurrent transaction recorded the same document first, returns that one.
     * The savepoint keeps the caller's transaction usable after the failed insert (PostgreSQL would
     * otherwise abort it).
     */
    private StoredDocument record(StoredDocument document) {
        try {
            savepoint.executeWithoutResult(status -> rows.insert(document));
            return document;
        } catch (DuplicateKeyException e) {
            return rows.findSame(document.ownerIdNumber(), document.sha256(), document.componentCode()).orElseThrow(() -> e);
        }
    }
}
