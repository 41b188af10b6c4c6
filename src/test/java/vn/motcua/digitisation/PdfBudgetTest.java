package vn.motcua.digitisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import vn.motcua.PdfBombs;
import vn.motcua.TestFiles;
import vn.motcua.shared.Unavailable;

/** Every PDF is read within a memory and a time budget (issue 13, point 3). */
class PdfBudgetTest {

    private static final PdfBudget STANDARD = PdfBudget.standard();

    @Test
    void refusesACrossReferenceStreamThatInflatesToAGibibyteHavingAllocatedLittle() {
        byte[] bomb = PdfBombs.crossReferenceInflatingToAGibibyte();
        long before = allocatedByThisThread();

        var refused = catchThrowableOfType(PdfOverBudget.class, () -> STANDARD.read(bomb, document -> document.getNumberOfPages()));

        assertThat(bomb.length).isLessThan(2_000_000);
        assertThat(refused.getMessage()).isEqualTo("Tệp PDF cần hơn 64 MB bộ nhớ để đọc (có thể là tệp nén bất thường)"
                + " / The PDF needs more than 64 MB of memory to read (possibly a decompression bomb)");
        assertThat(allocatedByThisThread() - before).as("bytes allocated while reading the bomb").isLessThan(256L << 20);
    }

    @Test
    void refusesACrossReferenceThatListsTwoBillionObjectsOutOfNothing() {
        byte[] bomb = PdfBombs.crossReferenceListingTwoBillionObjects();

        assertThat(bomb.length).isLessThan(1024);
        assertThat(catchThrowableOfType(PdfOverBudget.class, () -> STANDARD.read(bomb, document -> document.getNumberOfPages())))
                .isNotNull();
    }

    @Test
    void refusesAContentStreamThatInflatesBeyondTheBudgetWhenItIsRead() throws Exception {
        byte[] pdf = PdfBombs.contentInflatingTo(256L << 20);

        assertThat(pages(STANDARD, pdf)).isEqualTo(1);
        assertThat(catchThrowableOfType(PdfOverBudget.class,
                () -> STANDARD.read(pdf, document -> document.getPage(0).getContents().readAllBytes().length))).isNotNull();
    }

    @Test
    void refusesAReadingThatOutlastsItsTime() {
        var budget = new PdfBudget(new PdfBudget.Limits(DataSize.ofMegabytes(64), Duration.ofMillis(50), 1));
        byte[] pdf = PdfBombs.contentInflatingTo(1 << 20);

        var refused = catchThrowableOfType(PdfOverBudget.class, () -> budget.read(pdf, document -> {
            sleep(Duration.ofMillis(100));
            return document.getPage(0).getContents().readAllBytes().length;
        }));

        assertThat(refused.messageEn()).isEqualTo("The PDF takes more than 50 ms to read");
    }

    @Test
    void timeSpentWaitingForAnotherSystemDoesNotCountAgainstTheReading() throws Exception {
        var budget = new PdfBudget(new PdfBudget.Limits(DataSize.ofMegabytes(64), Duration.ofMillis(500), 1));
        byte[] pdf = PdfBombs.contentInflatingTo(1 << 20);

        int read = budget.read(pdf, document -> {
            PdfBudget.notCounting(() -> {
                sleep(Duration.ofMillis(600));
                return null;
            });
            return document.getPage(0).getContents().readAllBytes().length;
        });

        assertThat(read).isEqualTo(1 << 20);
    }

    @Test
    void readsAnOrdinaryPdfAndMetersNothingOutsideAReading() throws Exception {
        byte[] pdf = PdfBombs.contentInflatingTo(1 << 20);

        assertThat(pages(STANDARD, TestFiles.pdf(3))).isEqualTo(3);
        assertThat(ReadingMeter.current()).isNull();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getContents().readAllBytes()).hasSize(1 << 20);
        }
        assertThat(MeteredFilter.installed()).isTrue();
    }

    @Test
    void aReadingThatFindsNoTurnWithinItsTimeTellsTheCallerToComeBackLater() throws Exception {
        var budget = new PdfBudget(new PdfBudget.Limits(DataSize.ofMegabytes(64), Duration.ofSeconds(1), 1));
        var reading = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        byte[] pdf = TestFiles.pdf(1);
        var first = CompletableFuture.supplyAsync(() -> {
            try {
                return budget.read(pdf, document -> {
                    int pages = document.getNumberOfPages();
                    reading.countDown();
                    await(release);
                    return pages;
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, runnable -> new Thread(runnable, "first reading").start());
        assertThat(reading.await(10, TimeUnit.SECONDS)).as("the first reading holds its turn: %s", first).isTrue();

        var busy = catchThrowableOfType(Unavailable.class, () -> budget.read(TestFiles.pdf(1), document -> document.getNumberOfPages()));
        release.countDown();

        assertThat(busy.publicMessage()).endsWith("The server is busy reading other PDFs, please try again later");
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(pages(budget, TestFiles.pdf(2))).isEqualTo(2);
    }

    private static int pages(PdfBudget budget, byte[] pdf) throws java.io.IOException {
        return budget.read(pdf, document -> document.getNumberOfPages());
    }

    private static long allocatedByThisThread() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
