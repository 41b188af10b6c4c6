package vn.motcua.digitisation;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.util.unit.DataSize;

import vn.motcua.shared.Unavailable;

/**
 * The one way the application reads a PDF (intake, supplements, counter scans, page counts, verification, signing):
 * within a memory and a time budget, a few readings at a time. A file that would take more, such as a 1 MB PDF
 * whose cross-reference stream inflates to 1 GiB, is refused with {@link PdfOverBudget} as soon as it goes over,
 * before PDFBox has taken the memory, and the application keeps serving. The memory counted is what PDFBox keeps:
 * the bytes it decodes (every stream is decoded whole into memory) and about {@link ReadingMeter#BYTES_PER_LISTED_OBJECT}
 * bytes per object the file lists; the file's own bytes are the caller's. Thread-safe.
 */
public class PdfBudget {

    private final Limits limits;
    private final Semaphore readings;

    public PdfBudget(Limits limits) {
        MeteredFilter.install();
        this.limits = limits;
        this.readings = new Semaphore(limits.maxConcurrentReadings(), true);
    }

    /** The budget with the default limits (those of {@link Limits#STANDARD}). */
    public static PdfBudget standard() {
        return new PdfBudget(Limits.STANDARD);
    }

    /**
     * What one PDF's reading may use.
     *
     * @param maxMemory             the memory PDFBox may keep for one PDF (64 MB)
     * @param maxTime               how long reading one PDF, and what is done with it, may take (10 s)
     * @param maxConcurrentReadings how many PDFs are read at once (4); a reading waits up to {@code maxTime} for its
     *                              turn, then the caller is told to try again later
     */
    public record Limits(DataSize maxMemory, Duration maxTime, Integer maxConcurrentReadings) {

        public static final Limits STANDARD = new Limits(null, null, null);

        public Limits {
            maxMemory = maxMemory == null ? DataSize.ofMegabytes(64) : maxMemory;
            maxTime = maxTime == null ? Duration.ofSeconds(10) : maxTime;
            maxConcurrentReadings = maxConcurrentReadings == null ? 4 : maxConcurrentReadings;
            if (maxMemory.toBytes() <= 0 || maxTime.isNegative() || maxTime.isZero() || maxConcurrentReadings <= 0) {
                throw new IllegalArgumentException("motcua.digitisation.pdf limits must be positive, were " + maxMemory
                        + ", " + maxTime + ", " + maxConcurrentReadings);
            }
        }
    }

    /** What is done with a PDF while it is open. */
    @FunctionalInterface
    public interface Reading<T> {
        T read(PDDocument document) throws IOException;
    }

    /**
     * Opens the PDF (without a password, leniently as PDFBox does), hands it to {@code reading} and closes it; the
     * budget covers both, since PDFBox parses objects when they are first used. Throws {@link PdfOverBudget} when
     * the reading goes over budget, IOException (or a RuntimeException: PDFBox throws both) when the file is not a
     * readable PDF, and {@link Unavailable} when other readings kept it waiting longer than the time budget.
     */
    public <T> T read(byte[] pdf, Reading<T> reading) throws IOException {
        awaitTurn();
        try {
            var meter = new ReadingMeter(limits);
            try (var bound = meter.bind(); PDDocument document = new MeteredParser(new MeteredSource(pdf, meter), meter).parse()) {
                T result = reading.read(document);
                throwIfExceeded(meter);
                return result;
            } catch (IOException | RuntimeException e) {
                // PDFBox may have caught the refusal and failed otherwise, or repaired the file around it
                throwIfExceeded(meter);
                throw e;
            }
        } finally {
            readings.release();
        }
    }

    /**
     * Runs {@code call} to another system (a time-stamping authority) from within a reading, without counting the
     * time it takes against the reading's: that system has its own timeout, and the PDF is not to blame for it.
     */
    public static <T> T notCounting(Supplier<T> call) {
        ReadingMeter meter = ReadingMeter.current();
        long start = System.nanoTime();
        try {
            return call.get();
        } finally {
            if (meter != null) {
                meter.notCounting(System.nanoTime() - start);
            }
        }
    }

    private static void throwIfExceeded(ReadingMeter meter) {
        if (meter.exceeded() != null) {
            throw meter.exceeded();
        }
    }

    private void awaitTurn() {
        boolean turn;
        try {
            turn = readings.tryAcquire(limits.maxTime().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            throw new Unavailable("Máy chủ đang bận đọc các tệp PDF khác, vui lòng thử lại sau"
                    + " / The server is busy reading other PDFs, please try again later",
                    "no turn to read a PDF within " + limits.maxTime(), null);
        }
    }
}
