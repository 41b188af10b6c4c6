package vn.motcua.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small unsigned PDFs to sign. */
final class SamplePdfs {

    private SamplePdfs() {
    }

    /** An A4 document of two pages, each with a line of text well below the top margin. */
    static byte[] twoPages() {
        try (var document = new PDDocument()) {
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int page = 1; page <= 2; page++) {
                var p = new PDPage(PDRectangle.A4);
                document.addPage(p);
                try (var content = new PDPageContentStream(document, p)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 600);
                    content.showText("Certified copy test document, page " + page);
                    content.endText();
                }
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
