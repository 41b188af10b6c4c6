package vn.motcua.dossier.slip;

import java.io.IOException;
import java.text.Normalizer;

/**
 * A run of text in one style, already made printable with that style's font.
 *
 * <p>Citizens' data comes from web forms and scanners: decomposed diacritics (NFD), tabs, line breaks,
 * zero-width characters and emoji all occur. PDFBox draws one glyph per code point without shaping and
 * refuses characters the font lacks, so text is composed to NFC (one glyph per Vietnamese letter), white
 * space and controls become plain spaces, invisible format characters are dropped, and anything the font
 * cannot show becomes "?" rather than failing the whole slip.
 */
record Span(String text, TextStyle style) {

    Span {
        text = printable(text == null ? "" : text, style);
    }

    float width() {
        return style.width(text);
    }

    private static String printable(String text, TextStyle style) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)
                    || Character.isSpaceChar(codePoint)) {
                out.append(' ');
            } else if (Character.getType(codePoint) == Character.FORMAT) {
                return;
            } else if (canShow(style, codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canShow(TextStyle style, int codePoint) {
        try {
            style.font().encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
