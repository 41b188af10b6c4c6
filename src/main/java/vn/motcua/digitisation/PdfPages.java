package vn.motcua.digitisation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.pdfbox.pdmodel.PDPage;

/** The number of pages of a PDF, which fees and the paper-to-scan check rely on. */
final class PdfPages {

    private static final byte[] END_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    /** Where readers look for the end marker: some producers append a little after it. */
    private static final int TAIL = 1024;

    private PdfPages() {
    }

    /**
     * Pages of the PDF, read within the budget; {@link DocumentRejected} with reason UNREADABLE_PDF or
     * PDF_OVER_BUDGET.
     */
    static int count(byte[] pdf, PdfBudget budget) {
        int pages;
        try {
            pages = pagesOf(pdf, budget);
        } catch (PdfOverBudget over) {
            throw DocumentRejected.overBudget(over);
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
    private static int pagesOf(byte[] pdf, PdfBudget budget) throws IOException {
        // PDFBox repairs a file cut off in transit and reports the pages it still finds; the missing
        // end marker is how such a file shows that something is lost.
        if (!endsWithMarker(pdf)) {
            return 0;
        }
        return budget.read(pdf, document -> {
            int pages = 0;
            // walks the page tree rather than trusting its /Count, which a damaged file may get wrong
            for (PDPage ignored : document.getPages()) {
                pages++;
            }
            return pages;
        });
    }

    private static boolean endsWithMarker(byte[] pdf) {
        int from = Math.max(0, pdf.length - TAIL);
        for (int i = pdf.length - END_MARKER.length; i >= from; i--) {
            if (Arrays.equals(pdf, i, i + END_MARKER.length, END_MARKER, 0, END_MARKER.length)) {
                return true;
            }
        }
        return false;
    }
}
