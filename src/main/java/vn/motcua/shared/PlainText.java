package vn.motcua.shared;

/**
 * Names and other one-line text as people type them (an applicant's name, a field of an imported dossier, a file
 * name). Control characters (NUL, tab, line breaks …) and invisible format characters have no place in them:
 * U+202E (right-to-left override) makes "hs\u202Efdp.exe" show as "hsexe.pdf", and a zero-width character makes
 * two names that look the same differ.
 */
public final class PlainText {

    private PlainText() {
    }

    /** The first control or invisible character of the text in the form {@code U+202E}, or null when it has none. */
    public static String hiddenCharacter(String text) {
        if (text == null) {
            return null;
        }
        return text.codePoints().filter(PlainText::isHidden).mapToObj(c -> String.format("U+%04X", c)).findFirst().orElse(null);
    }

    /** Whether the text has a control or invisible character. */
    public static boolean hasHiddenCharacter(String text) {
        return hiddenCharacter(text) != null;
    }

    /** Why such a text is refused, in Vietnamese and English ({@code "<vi> / <en>"}), naming the character. */
    public static String refusal(String text) {
        String character = hiddenCharacter(text);
        return "chứa ký tự điều khiển hoặc ký tự ẩn " + character + " / contains the control or invisible character " + character;
    }

    private static boolean isHidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }
}
