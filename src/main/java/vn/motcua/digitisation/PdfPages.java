package vn.motcua.digitisation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** The number of pages of a PDF, which fees and the paper-to-scan check rely on. */
final class PdfPages {

    private static final byte[] END_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    /** Where readers look for the end marker: some producers append a little after it. */
    private static final int TAIL = 1024;

    private PdfPages() {
    }

    /** Pages of the PDF, or {@link DocumentRejected} with reason UNREADABLE_PDF. */
    static int count(InputStream pdf) {
        int pages;
        try {
            pages = pagesOf(pdf);
        } catch (IOException | RuntimeException damaged) {
            // PDFBox throws runtime exceptions too on some malformed structures
            pages = 0;
        }
        if (pages == 0) {
            throw DocumentRejected.unreadablePdf();
        }
        return pages;
    }

    /** The pages, or 0 when the file is cut off; IOException when PDFBox cannot read it or it is locked by a password. */
    private static int pagesOf(InputStream pdf) throws IOException {
        try (RandomAccessRead source = new RandomAccessReadBuffer(pdf)) {
            // PDFBox repairs a file cut off in transit and reports the pages it still finds; the missing
            // end marker is how such a file shows that something is lost.
            if (!endsWithMarker(source)) {
                return 0;
            }
            source.seek(0);
            try (PDDocument document = Loader.loadPDF(source)) {
                int pages = 0;
                // walks the page tree rather than trusting its /Count, which a damaged file may get wrong
                for (PDPage ignored : document.getPages()) {
                    pages++;
                }
                return pages;
            }
        }
    }

    private static boolean endsWithMarker(RandomAccessRead source) throws IOException {
        long length = source.length();
        byte[] tail = new byte[(int) Math.min(TAIL, length)];
        source.seek(length - tail.length);
        source.readFully(tail);
        for (int i = tail.length - END_MARKER.length; i >= 0; i--) {
            if (Arrays.equals(tail, i, i + END_MARKER.length, END_MARKER, 0, END_MARKER.length)) {
                return true;
            }
        }
        return false;
    }
}
