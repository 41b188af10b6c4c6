package vn.motcua.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Serif, the face the one-stop forms print with (bundled under {@code /fonts}, licence beside it), for
 * the Vietnamese text of signature stamps.
 *
 * <p>Subsetting the whole 700 kB face for every stamp would cost more than the rest of a signature, so the
 * faces are cut once, at start, down to the characters a stamp prints: ASCII, the Latin letters of Vietnamese
 * and a little punctuation. Each document then embeds a subset of those few hundred glyphs, which is quick.
 * Text outside that set is printed with '?' in its place. Each thread parses its own copy of the cut face,
 * since a parsed TrueType font is not safe to share between threads.
 */
final class StampFont {

    private static final String REGULAR = "/fonts/DejaVuSerif.ttf";
    private static final BitSet PRINTABLE = printable();

    private final ThreadLocal<TrueTypeFont> parsed;

    StampFont() {
        byte[] regular = cut(read(REGULAR));
        this.parsed = ThreadLocal.withInitial(() -> parse(regular));
    }

    /** The face embedded in {@code document} as a subset (one face only: each embedding costs as much as the rest of the stamp). */
    PDFont embedIn(PDDocument document) throws IOException {
        return PDType0Font.load(document, parsed.get(), true);
    }

    /** The text in composed form (NFC), with '?' for every character the stamp faces do not have. */
    static String printable(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        var out = new StringBuilder(composed.length());
        composed.codePoints().forEach(c -> out.appendCodePoint(PRINTABLE.get(c) ? c : '?'));
        return out.toString();
    }

    private static BitSet printable() {
        var set = new BitSet();
        set.set(0x20, 0x7F);           // ASCII
        set.set(0xC0, 0x180);          // Latin-1 and Latin Extended-A letters (à, â, ă, đ, ĩ, ũ, …)
        set.set(0x1A0, 0x1A2);         // Ơ ơ
        set.set(0x1AF, 0x1B1);         // Ư ư
        set.set(0x1EA0, 0x1EFA);       // Latin Extended Additional: ạ ả ấ … ỹ
        set.set(0x2013, 0x2015);       // – —
        set.set(0x2018, 0x201A);       // ‘ ’
        set.set(0x201C, 0x201E);       // “ ”
        set.set(0x2026);               // …
        return set;
    }

    private static byte[] cut(byte[] font) {
        try {
            TrueTypeFont full = parse(font);
            // only the tables drawing and embedding need: no glyph substitution (GSUB) to apply to every line
            var subsetter = new TTFSubsetter(full, List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap", "OS/2", "name", "post"));
            PRINTABLE.stream().forEach(subsetter::add);
            var out = new ByteArrayOutputStream(128 * 1024);
            subsetter.writeToStream(out);
            full.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut the stamp font", e);
        }
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the stamp font", e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = StampFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }
}
