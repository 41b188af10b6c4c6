package vn.motcua.dossier.slip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
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
 *
 * <p>Each face also comes in a compact cut made once at start: only the Latin letters (Vietnamese
 * included), punctuation and currency signs ({@link #COMPACT}), about a sixth of DejaVu's glyphs and without
 * its glyph substitution tables. Embedding a subset of it into a document costs a fraction of doing so from
 * the whole face, and the embedded subset is the same. A document whose text has a character outside it
 * (a name in Cyrillic, say) gets the whole faces.
 */
final class FormFonts {

    private static final String REGULAR = "/fonts/DejaVuSerif.ttf";
    private static final String BOLD = "/fonts/DejaVuSerif-Bold.ttf";
    /**
     * The characters of the compact faces: Basic Latin, Latin-1, Latin Extended-A and -B, combining marks,
     * Latin Extended Additional (the Vietnamese letters with two marks), general punctuation, currency signs
     * (₫) and the numero sign.
     */
    static final int[][] COMPACT = {{0x20, 0x7E}, {0xA0, 0x24F}, {0x300, 0x36F}, {0x1E00, 0x1EFF}, {0x2010, 0x205E},
        {0x20A0, 0x20BF}, {0x2116, 0x2116}};

    /** The two faces embedded in one document. */
    record Embedded(PDFont regular, PDFont bold) {
    }

    private final byte[] regular;
    private final byte[] bold;
    private final byte[] compactRegular;
    private final byte[] compactBold;
    /** The characters both compact faces can show. */
    private final BitSet compact;
    // Parsing a TrueType file costs more than laying out a whole form, so each thread parses the faces
    // once and embeds subsets from them; a parsed font is not safe to read from two threads at once.
    private final ThreadLocal<TrueTypeFont[]> parsed;
    private final ThreadLocal<TrueTypeFont[]> parsedCompact;

    FormFonts() {
        this.regular = read(REGULAR);
        this.bold = read(BOLD);
        TrueTypeFont regularFace = parse(regular);
        TrueTypeFont boldFace = parse(bold);
        this.compact = shownByBoth(regularFace, boldFace);
        this.compactRegular = compactCut(regularFace, compact);
        this.compactBold = compactCut(boldFace, compact);
        this.parsed = ThreadLocal.withInitial(() -> new TrueTypeFont[] {parse(regular), parse(bold)});
        this.parsedCompact = ThreadLocal.withInitial(() -> new TrueTypeFont[] {parse(compactRegular), parse(compactBold)});
    }

    /** Embeds both whole faces as subsets, so a slip carries only the glyphs it uses (tens of kB, not 700 kB). */
    Embedded embedIn(PDDocument document) throws IOException {
        return embed(document, parsed.get());
    }

    /**
     * Embeds the compact faces as subsets when they can show every character of {@code texts} (all the
     * text the document will print apart from the forms' own Vietnamese wording), else the whole faces.
     */
    Embedded embedIn(PDDocument document, List<String> texts) throws IOException {
        return embed(document, texts.stream().allMatch(this::compactShows) ? parsedCompact.get() : parsed.get());
    }

    private static Embedded embed(PDDocument document, TrueTypeFont[] faces) throws IOException {
        return new Embedded(PDType0Font.load(document, faces[0], true), PDType0Font.load(document, faces[1], true));
    }

    /** Whether the compact faces show the text as {@link Span} prints it (composed; white space and format characters aside). */
    boolean compactShows(String text) {
        return text == null || Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().allMatch(c -> compact.get(c)
                || Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    private static BitSet shownByBoth(TrueTypeFont regular, TrueTypeFont bold) {
        try {
            CmapLookup regularMap = regular.getUnicodeCmapLookup();
            CmapLookup boldMap = bold.getUnicodeCmapLookup();
            BitSet shown = new BitSet();
            for (int[] range : COMPACT) {
                for (int c = range[0]; c <= range[1]; c++) {
                    if (regularMap.getGlyphId(c) != 0 && boldMap.getGlyphId(c) != 0) {
                        shown.set(c);
                    }
                }
            }
            return shown;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the character map of a form font", e);
        }
    }

    private static byte[] compactCut(TrueTypeFont face, BitSet characters) {
        try {
            // the tables a font needs to be drawn and embedded; glyph substitution and positioning would refer to
            // glyphs the cut renumbers, and Latin needs neither
            TTFSubsetter cut = new TTFSubsetter(face, List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm",
                    "gasp", "name", "OS/2", "post", "cmap"));
            characters.stream().forEach(cut::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            cut.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut the compact form font", e);
        }
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
