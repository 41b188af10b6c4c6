package vn.motcua.digitisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

import vn.motcua.PdfBombs;
import vn.motcua.digitisation.FileChecks.CheckedFile;
import vn.motcua.digitisation.infra.LocalFolderDocumentStore;

/** What a file is, told by its first bytes, and what else is checked before it is kept. */
class ContentSniffingTest {

    private static final DataSize LIMIT = DataSize.ofKilobytes(64);

    @TempDir
    Path folder;

    private DocumentStore store;
    private FileChecks checks;

    @BeforeEach
    void setUp() {
        store = new LocalFolderDocumentStore(folder);
        checks = new FileChecks(store, LIMIT, PdfBudget.standard());
    }

    @Test
    void recognisesAPdfRenamedToJpgAsAPdf() {
        var file = check("giay-khai-sinh.jpg", Samples.pdf(1));

        assertThat(file.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(file.format().mediaType()).isEqualTo("application/pdf");
        assertThat(file.fileName()).isEqualTo("giay-khai-sinh.jpg");
    }

    @Test
    void recognisesJpegAndPngWhateverTheirNames() {
        assertThat(check("anh-the.pdf", Samples.jpeg()).format()).isEqualTo(DocumentFormat.JPEG);
        assertThat(check("anh-the.jpg", Samples.png()).format()).isEqualTo(DocumentFormat.PNG);
    }

    static Stream<Arguments> impostors() {
        return Stream.of(Arguments.of("an executable", Samples.exe()), Arguments.of("a zip archive", Samples.zip()),
                Arguments.of("an HTML page", Samples.html()), Arguments.of("plain text", Samples.text()),
                Arguments.of("a PDF signature too short to be one", "%PDF".getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("impostors")
    void refusesAnythingElseNamedPdf(String what, byte[] content) {
        var rejected = rejection("to-khai.pdf", content);

        assertThat(rejected.code()).isEqualTo("UNSUPPORTED_FORMAT");
        assertThat(rejected.getMessage()).isEqualTo("Chỉ nhận tệp PDF, JPEG hoặc PNG / Only PDF, JPEG and PNG files are accepted");
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void refusesAnEmptyFile() {
        var rejected = rejection("to-khai.pdf", new byte[0]);

        assertThat(rejected.code()).isEqualTo("EMPTY");
        assertThat(rejected.getMessage()).isEqualTo("Tệp rỗng / The file is empty");
    }

    @Test
    void refusesAFileOverTheLimitAndKeepsNothingOfIt() {
        byte[] large = Arrays.copyOf(Samples.png(), (int) LIMIT.toBytes() + 1);

        var rejected = rejection("anh-the.png", large);

        assertThat(rejected.code()).isEqualTo("TOO_LARGE");
        assertThat(rejected.getMessage()).isEqualTo("Tệp lớn hơn 64 KB cho phép / The file is larger than the 64 KB allowed");
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() {
        byte[] exactly = Arrays.copyOf(Samples.png(), (int) LIMIT.toBytes());

        assertThat(check("anh-the.png", exactly).blob().size()).isEqualTo(LIMIT.toBytes());
    }

    @Test
    void refusesAPdfCutOffInTransit() {
        byte[] pdf = Samples.pdf(3);

        assertThat(rejection("to-khai.pdf", Samples.firstPart(pdf, 25)).code()).isEqualTo("UNREADABLE_PDF");
        // PDFBox would repair this one and find all three pages; its missing end shows that it is incomplete
        assertThat(rejection("to-khai.pdf", Samples.firstPart(pdf, 75)).code()).isEqualTo("UNREADABLE_PDF");
    }

    @Test
    void refusesAPdfWithAGarbledBody() {
        byte[] garbled = "%PDF-1.7\nnot a PDF body at all\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        var rejected = rejection("to-khai.pdf", garbled);

        assertThat(rejected.code()).isEqualTo("UNREADABLE_PDF");
        assertThat(rejected.getMessage()).isEqualTo("Không đọc được tệp PDF (hỏng, thiếu phần cuối hoặc có mật khẩu)"
                + " / The PDF cannot be read (damaged, cut off or password-protected)");
    }

    @Test
    void refusesAPdfThatNeedsAPasswordToOpen() {
        assertThat(rejection("to-khai.pdf", Samples.passwordProtectedPdf()).code()).isEqualTo("UNREADABLE_PDF");
    }

    @Test
    void refusesAPdfWhoseCrossReferenceInflatesToAGibibyte() {
        checks = new FileChecks(store, DataSize.ofMegabytes(2), PdfBudget.standard());

        var rejected = rejection("to-khai.pdf", PdfBombs.crossReferenceInflatingToAGibibyte());

        assertThat(rejected.code()).isEqualTo("PDF_OVER_BUDGET");
        assertThat(rejected.getMessage()).isEqualTo("Tệp PDF cần hơn 64 MB bộ nhớ để đọc (có thể là tệp nén bất thường)"
                + " / The PDF needs more than 64 MB of memory to read (possibly a decompression bomb)");
    }

    @Test
    void countsThePagesOfAPdf() {
        assertThat(check("to-khai.pdf", Samples.pdf(3)).pages()).isEqualTo(3);
    }

    @Test
    void countsAnImageAsOnePage() {
        assertThat(check("anh.jpg", Samples.jpeg()).pages()).isEqualTo(1);
        assertThat(check("anh.png", Samples.png()).pages()).isEqualTo(1);
    }

    @Test
    void checksTheNameBeforeReadingTheContent() {
        var content = new ByteArrayInputStream(Samples.pdf(1));

        assertThat(catchThrowableOfType(DocumentRejected.class, () -> checks.checkAndStore("../to-khai.pdf", content)).code())
                .isEqualTo("BAD_FILE_NAME");
        assertThat(content.available()).isPositive();
    }

    @Test
    void storesTheBytesItAccepts() throws IOException {
        byte[] pdf = Samples.pdf(2);

        var file = check("to-khai.pdf", pdf);

        try (InputStream stored = store.open(file.blob().sha256())) {
            assertThat(stored.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(file.blob().size()).isEqualTo(pdf.length);
    }

    private CheckedFile check(String name, byte[] content) {
        return checks.checkAndStore(name, new ByteArrayInputStream(content));
    }

    private DocumentRejected rejection(String name, byte[] content) {
        var rejected = catchThrowableOfType(DocumentRejected.class, () -> check(name, content));
        assertThat(rejected).as("rejected").isNotNull();
        return rejected;
    }

    /** Every file in the store's folder, temporary ones included. */
    private List<Path> storedFiles() {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
