package vn.motcua.digitisation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;

import org.springframework.util.unit.DataSize;

/** Everything digitising does to a file before its metadata row: check it, store it, count its pages. */
final class FileChecks {

    private final DocumentStore store;
    private final DataSize maxFileSize;
    private final PdfBudget pdfBudget;

    FileChecks(DocumentStore store, DataSize maxFileSize, PdfBudget pdfBudget) {
        this.store = store;
        this.maxFileSize = maxFileSize;
        this.pdfBudget = pdfBudget;
    }

    /** A file that passed, and where its bytes are. */
    record CheckedFile(String fileName, DocumentFormat format, StoredBlob blob, int pages) {
    }

    /**
     * Checks the name and the format before storing anything, the size while storing (a file over the
     * limit never gets a name in the store) and a PDF's readability after. Reads the content to its end
     * without closing it. {@link DocumentRejected} when the file does not pass.
     */
    CheckedFile checkAndStore(String fileName, InputStream content) {
        String name = FileNames.clean(fileName);
        byte[] head = readHead(content);
        if (head.length == 0) {
            throw DocumentRejected.empty();
        }
        DocumentFormat format = DocumentFormat.sniff(head).orElseThrow(DocumentRejected::unsupportedFormat);
        var whole = new SequenceInputStream(new ByteArrayInputStream(head), content);
        StoredBlob blob = store.put(new SizeLimitedInput(whole, maxFileSize));
        // An unreadable PDF leaves its blob unreferenced for the sweeper: deleting it here could remove the
        // blob of a document with the same bytes that a concurrent transaction is recording.
        return new CheckedFile(name, format, blob, pages(format, blob));
    }

    private int pages(DocumentFormat format, StoredBlob blob) {
        if (format != DocumentFormat.PDF) {
            return 1;
        }
        // the file is at most maxFileSize; PDFBox would hold it whole anyway
        try (InputStream pdf = store.open(blob.sha256())) {
            return PdfPages.count(pdf.readAllBytes(), pdfBudget);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readHead(InputStream content) {
        try {
            return content.readNBytes(DocumentFormat.SIGNATURE_LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
