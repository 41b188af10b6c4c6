package vn.motcua.interagency.infra;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the register compares it: the same name typed on a phone (decomposed Unicode), on a counter PC
 * (composed), in capitals, without tone marks or with the mark on another vowel ("Hòa"/"Hoà") folds to one
 * form. The price: names that differ only in their marks ("Lan"/"Lân") fold together too.
 */
final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    private Folding() {
    }

    /** Trimmed, single-spaced, lower case, without diacritics; đ becomes d (Unicode does not decompose it). */
    static String name(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        String bare = MARKS.matcher(Normalizer.normalize(composed, Normalizer.Form.NFD)).replaceAll("");
        String latin = bare.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return SPACES.matcher(latin.strip()).replaceAll(" ");
    }

    /** As {@link #name}, and "Thôn 2 ,xã An Phú" reads as "Thôn 2, xã An Phú". */
    static String address(String text) {
        return COMMA.matcher(name(text)).replaceAll(", ");
    }
}
