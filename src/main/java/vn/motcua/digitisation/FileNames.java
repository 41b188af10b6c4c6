package vn.motcua.digitisation;

import java.text.Normalizer;

import vn.motcua.shared.PlainText;

/** File names as people send them, made safe to keep and to show again. */
final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    /**
     * The name without any path, in Unicode NFC (a Mac sends "ệ" as e + two combining marks), or
     * {@link DocumentRejected} with reason BAD_FILE_NAME.
     */
    static String clean(String raw) {
        if (raw == null || raw.isBlank()) {
            throw DocumentRejected.badFileName("thiếu tên tệp", "no file name");
        }
        if (PlainText.hasHiddenCharacter(raw)) {
            throw DocumentRejected.badFileName("chứa ký tự điều khiển hoặc ký tự ẩn", "contains control or invisible characters");
        }
        if (raw.contains("..")) {
            throw DocumentRejected.badFileName("chứa '..'", "contains '..'");
        }
        // Some browsers send the full path on the sender's machine, with either separator.
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        // UTF-16 units, as H2 counts them; a Vietnamese letter in NFC is one
        if (name.length() > MAX_LENGTH) {
            throw DocumentRejected.badFileName("dài quá " + MAX_LENGTH + " ký tự", "longer than " + MAX_LENGTH + " characters");
        }
        int dot = name.lastIndexOf('.');
        if ((dot < 0 ? name : name.substring(0, dot)).isBlank()) {
            throw DocumentRejected.badFileName("không có tên trước phần mở rộng", "has no name before the extension");
        }
        return name;
    }
}
