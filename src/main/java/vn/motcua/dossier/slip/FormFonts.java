package vn.motcua.dossier.slip;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Vietnamese-capable fonts of the printed forms: DejaVu Serif regular and bold (licence in
 * {@code fonts/DejaVu-LICENSE.txt}). PDFBox's standard 14 fonts have no Vietnamese glyphs, and a serif
 * face reads like the Times New Roman of Vietnamese administrative documents.
 *
 * <p>The font files are read from the classpath once and kept as bytes. Each document parses its own
 * copy: a parsed TrueType font and the subset it collects belong to one document and are not thread-safe,
 * while the bytes can be shared by renderings running at the same time.
 */
final class FormFonts {

    private static final String REGULAR = "/fonts/DejaVuSerif.ttf";
    private static final String BOLD = "/fonts/DejaVuSerif-Bold.ttf";

    /** The two faces embedded in one document. */
    record Embedded(PDFont regular, PDFont bold) {
    }

    private final byte[] regular;
    private final byte[] bold;
    // Parsing a TrueType file costs more than laying out a whole form, so each thread parses the faces
    // once and embeds subsets from them; a parsed font is not safe to read from two threads at once.
    private final ThreadLocal<TrueTypeFont[]> parsed;

    FormFonts() {
        this.regular = read(REGULAR);
        this.bold = read(BOLD);
        this.parsed = ThreadLocal.withInitial(() -> new TrueTypeFont[] {parse(regular), parse(bold)});
    }

    /** Embeds both faces as subsets, so a slip carries only the glyphs it uses (tens of kB, not 700 kB). */
    Embedded embedIn(PDDocument document) throws IOException {
        TrueTypeFont[] faces = parsed.get();
        return new Embedded(PDType0Font.load(document, faces[0], true), PDType0Font.load(document, faces[1], true));
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse a form font", e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = FormFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }
}
