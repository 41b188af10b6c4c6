package vn.motcua.dossier.slip;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A font at a size, with the line height the form layouts use for it. */
record TextStyle(PDFont font, float size) {

    /** 1.35 em leaves room for Vietnamese capitals that stack two diacritics (Ấ, Ỗ) above the cap height. */
    private static final float LEADING = 1.35f;

    float lineHeight() {
        return size * LEADING;
    }

    /** Distance from the top of a line box to the baseline. */
    float ascent() {
        return size * 1.05f;
    }

    float width(String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            // The fonts are parsed from memory; a failure here is a broken font file, not a runtime condition.
            throw new UncheckedIOException("cannot measure text in " + font.getName(), e);
        }
    }
}
