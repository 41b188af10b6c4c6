package vn.motcua.digitisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.DemoApp;

@DemoApp
class DocumentsIntegrationTest {

    private static final String BIRTH_DECLARATION = "TP_TO_KHAI_KHAI_SINH";
    private static final String BIRTH_CERTIFICATE = "TP_GIAY_CHUNG_SINH";

    private final Documents documents;
    private final DocumentStore store;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    @Autowired
    DocumentsIntegrationTest(Documents documents, DocumentStore store, TransactionTemplate transaction, JdbcClient jdbc) {
        this.documents = documents;
        this.store = store;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    @Test
    void digitisesAScanAndFindsItByIdInTheOwnersStoreAndByItsContent() throws IOException {
        String owner = Samples.anIdNumber();
        byte[] scan = Samples.pdf(2);

        StoredDocument stored = documents.digitise(new NewDocument(owner, "C:\\scan\\Tờ khai khai sinh.pdf",
                new ByteArrayInputStream(scan), "letan.anphu", BIRTH_DECLARATION));

        assertThat(stored.ownerIdNumber()).isEqualTo(owner);
        assertThat(stored.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(stored.pages()).isEqualTo(2);
        assertThat(stored.size()).isEqualTo(scan.length);
        assertThat(stored.fileName()).isEqualTo("Tờ khai khai sinh.pdf");
        assertThat(stored.componentCode()).isEqualTo(BIRTH_DECLARATION);
        assertThat(stored.scannedBy()).isEqualTo("letan.anphu");
        assertThat(stored.scannedAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(documents.find(stored.id())).contains(stored);
        assertThat(documents.ofOwner(owner)).containsExactly(stored);
        try (InputStream content = documents.content(stored)) {
            assertThat(content.readAllBytes()).isEqualTo(scan);
        }
    }

    @Test
    void listsAnOwnersDocumentsNewestFirst() {
        String owner = Samples.anIdNumber();
        StoredDocument photo = digitise(owner, "anh.jpg", Samples.jpeg(), null);
        StoredDocument certificate = digitise(owner, "giay-chung-sinh.png", Samples.png(), BIRTH_CERTIFICATE);

        assertThat(documents.ofOwner(owner)).containsExactly(certificate, photo);
        assertThat(photo.pages()).isEqualTo(1);
        assertThat(photo.componentCode()).isNull();
    }

    @Test
    void neverShowsACitizenAnotherOwnersDocument() {
        String owner = Samples.anIdNumber();
        String someoneElse = Samples.anIdNumber();
        StoredDocument stored = digitise(owner, "to-khai.pdf", Samples.pdf(1), BIRTH_DECLARATION);

        assertThat(documents.findForOwner(stored.id(), someoneElse)).isEmpty();
        assertThat(documents.ofOwner(someoneElse)).isEmpty();
        assertThat(documents.findForOwner(stored.id(), owner)).contains(stored);
    }

    @Test
    void keepsOneDocumentAndOneBlobForTheSameBytesSentTwice() {
        String owner = Samples.anIdNumber();
        byte[] scan = Samples.pdf(1);

        StoredDocument first = digitise(owner, "to-khai.pdf", scan, BIRTH_DECLARATION);
        StoredDocument again = digitise(owner, "to-khai (1).pdf", scan, BIRTH_DECLARATION);

        assertThat(again).isEqualTo(first);
        assertThat(rowsOf(first.sha256())).isEqualTo(1);
        try (var blobs = store.list()) {
            assertThat(blobs.filter(b -> b.sha256().equals(first.sha256()))).hasSize(1);
        }
    }

    @Test
    void keepsOneBlobForTheSameBytesAsTwoDocuments() {
        String owner = Samples.anIdNumber();
        byte[] scan = Samples.pdf(1);

        StoredDocument declaration = digitise(owner, "to-khai.pdf", scan, BIRTH_DECLARATION);
        StoredDocument certificate = digitise(owner, "to-khai.pdf", scan, BIRTH_CERTIFICATE);
        StoredDocument unfiled = digitise(owner, "to-khai.pdf", scan, null);
        StoredDocument unfiledAgain = digitise(owner, "to-khai.pdf", scan, null);

        assertThat(certificate.id()).isNotEqualTo(declaration.id());
        assertThat(unfiledAgain).isEqualTo(unfiled);
        assertThat(certificate.sha256()).isEqualTo(declaration.sha256());
        assertThat(rowsOf(declaration.sha256())).isEqualTo(3);
    }

    @Test
    void refusesAFileByItsContentAndRecordsNothing() {
        String owner = Samples.anIdNumber();

        assertThatThrownBy(() -> digitise(owner, "to-khai.pdf", Samples.zip(), BIRTH_DECLARATION))
                .isInstanceOfSatisfying(DocumentRejected.class, e -> assertThat(e.code()).isEqualTo("UNSUPPORTED_FORMAT"));
        assertThat(documents.ofOwner(owner)).isEmpty();
    }

    @Test
    void leavesNoTraceAReaderCanReachWhenTheTransactionRollsBackAndTheSweeperRemovesTheBlob() {
        String owner = Samples.anIdNumber();
        var left = new AtomicReference<StoredDocument>();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            left.set(digitise(owner, "to-khai.pdf", Samples.pdf(1), BIRTH_DECLARATION));
            throw new IllegalStateException("the dossier could not be saved");
        })).hasMessage("the dossier could not be saved");

        StoredDocument rolledBack = left.get();
        assertThat(documents.find(rolledBack.id())).isEmpty();
        assertThat(documents.ofOwner(owner)).isEmpty();
        assertThat(store.exists(rolledBack.sha256())).as("the orphan blob").isTrue();

        assertThat(documents.sweepOrphans(Duration.ZERO)).isPositive();
        assertThat(store.exists(rolledBack.sha256())).isFalse();
    }

    @Test
    void neverSweepsABlobADocumentRefersTo() throws IOException {
        byte[] scan = Samples.pdf(1);
        StoredDocument stored = digitise(Samples.anIdNumber(), "to-khai.pdf", scan, BIRTH_DECLARATION);

        documents.sweepOrphans(Duration.ZERO);

        assertThat(store.exists(stored.sha256())).isTrue();
        try (InputStream content = documents.content(stored)) {
            assertThat(content.readAllBytes()).isEqualTo(scan);
        }
    }

    @Test
    void sweepsNothingWithinTheGracePeriod() {
        String owner = Samples.anIdNumber();
        var left = new AtomicReference<StoredDocument>();
        transaction.executeWithoutResult(status -> {
            left.set(digitise(owner, "to-khai.pdf", Samples.pdf(1), BIRTH_DECLARATION));
            status.setRollbackOnly();
        });

        documents.sweepOrphans(Duration.ofHours(1));

        assertThat(store.exists(left.get().sha256())).isTrue();
    }

    @Test
    void returnsTheDocumentAConcurrentTransactionRecordedFirst() throws Exception {
        String owner = Samples.anIdNumber();
        byte[] scan = Samples.pdf(1);
        var firstRecorded = new CountDownLatch(1);
        var commitFirst = new CountDownLatch(1);

        CompletableFuture<StoredDocument> first = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            StoredDocument stored = digitise(owner, "to-khai.pdf", scan, BIRTH_DECLARATION);
            firstRecorded.countDown();
            await(commitFirst);
            return stored;
        }));
        assertThat(firstRecorded.await(30, TimeUnit.SECONDS)).isTrue();
        // the second finds no committed row and inserts: the database makes it wait for the first
        CompletableFuture<StoredDocument> second = CompletableFuture.supplyAsync(() -> transaction.execute(
                status -> digitise(owner, "to-khai (1).pdf", scan, BIRTH_DECLARATION)));
        Thread.sleep(500);
        commitFirst.countDown();

        assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(first.get(30, TimeUnit.SECONDS));
        assertThat(documents.ofOwner(owner)).hasSize(1);
    }

    @Test
    void issuesAResultIntoEveryOwnersStoreFromOneStoredBlobWithThePagesItWasRenderedWith() throws IOException {
        String applicant = Samples.anIdNumber();
        String child = Samples.anIdNumber();
        byte[] result = Samples.pdf(1);

        var issued = documents.issue(new IssuedPdf(null, java.util.List.of(applicant, child, applicant), "TRICH_LUC-000.00.21.H56-260302-0001.pdf",
                result, 1, "system", "TRICH_LUC_KHAI_SINH"));

        assertThat(issued).extracting(StoredDocument::ownerIdNumber).containsExactly(applicant, child);
        assertThat(issued).allSatisfy(document -> {
            assertThat(document.format()).isEqualTo(DocumentFormat.PDF);
            assertThat(document.pages()).isEqualTo(1);
            assertThat(document.size()).isEqualTo(result.length);
            assertThat(document.componentCode()).isEqualTo("TRICH_LUC_KHAI_SINH");
            assertThat(document.scannedBy()).isEqualTo("system");
        });
        assertThat(issued.get(0).sha256()).isEqualTo(issued.get(1).sha256());
        assertThat(issued.get(0).id()).isNotEqualTo(issued.get(1).id());
        assertThat(documents.findForOwner(issued.get(1).id(), child)).contains(issued.get(1));
        assertThat(rowsOf(issued.get(0).sha256())).isEqualTo(2);
        try (InputStream content = documents.content(issued.get(1))) {
            assertThat(content.readAllBytes()).isEqualTo(result);
        }
    }

    @Test
    void refusesToIssueAnythingButAPdf() {
        assertThatThrownBy(() -> documents.issue(new IssuedPdf(null, java.util.List.of(Samples.anIdNumber()), "the-bhyt.pdf",
                Samples.png(), 1, "system", "THE_BHYT"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PDF");
        assertThatThrownBy(() -> new IssuedPdf(null, java.util.List.of(), "the-bhyt.pdf", Samples.pdf(1), 1, "system", "THE_BHYT"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private StoredDocument digitise(String owner, String fileName, byte[] content, String componentCode) {
        return documents.digitise(new NewDocument(owner, fileName, new ByteArrayInputStream(content), "letan.anphu",
                componentCode));
    }

    private long rowsOf(String sha256) {
        return jdbc.sql("select count(*) from mc_document where sha256 = ?").param(sha256).query(Long.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
