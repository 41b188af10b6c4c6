package vn.motcua.digitisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** File names as browsers, scanners and phones send them. */
class FileNamesTest {

    @Test
    void stripsThePathSomeBrowsersSendWithTheName() {
        assertThat(FileNames.clean("C:\\Users\\An\\Desktop\\to-khai.pdf")).isEqualTo("to-khai.pdf");
        assertThat(FileNames.clean("/home/an/scan/to-khai.pdf")).isEqualTo("to-khai.pdf");
    }

    @Test
    void keepsVietnameseLettersAndStoresThemComposed() {
        String decomposed = Normalizer.normalize("Giấy khai sinh – Nguyễn Thị Ánh Tuyết.pdf", Normalizer.Form.NFD);

        String name = FileNames.clean(decomposed);

        assertThat(name).isEqualTo("Giấy khai sinh – Nguyễn Thị Ánh Tuyết.pdf")
                .isEqualTo(Normalizer.normalize(name, Normalizer.Form.NFC));
    }

    @Test
    void acceptsTwoHundredCharactersAndNoMore() {
        assertThat(FileNames.clean("ệ".repeat(196) + ".pdf")).hasSize(200);
        assertRejected("a".repeat(197) + ".pdf");
    }

    @Test
    void acceptsANameWithoutAnExtension() {
        assertThat(FileNames.clean("  ban-sao  ")).isEqualTo("ban-sao");
    }

    @ParameterizedTest
    @ValueSource(strings = { "to\nkhai.pdf", "to\u0000khai.pdf", "to\tkhai.pdf", "ho-so\u202Efdp.exe", "a\u200Bb.pdf" })
    void refusesControlAndInvisibleCharacters(String name) {
        assertRejected(name);
    }

    @ParameterizedTest
    @ValueSource(strings = { "../../etc/passwd", "..\\..\\boot.ini", "..", "to-khai..pdf" })
    void refusesTwoDots(String name) {
        assertRejected(name);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "   ", ".pdf", "  .pdf", "C:\\scan\\", "/tmp/.jpg" })
    void refusesANameWithoutABaseName(String name) {
        assertRejected(name);
    }

    private static void assertRejected(String name) {
        var rejected = catchThrowableOfType(DocumentRejected.class, () -> FileNames.clean(name));

        assertThat(rejected).as(name).isNotNull();
        assertThat(rejected.code()).isEqualTo("BAD_FILE_NAME");
        assertThat(rejected.messageVi()).startsWith("Tên tệp không hợp lệ: ");
        assertThat(rejected.messageEn()).startsWith("Invalid file name: ");
    }
}
