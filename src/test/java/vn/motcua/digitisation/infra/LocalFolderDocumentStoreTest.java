package vn.motcua.digitisation.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.motcua.digitisation.BlobInfo;
import vn.motcua.digitisation.NoSuchBlob;
import vn.motcua.digitisation.StoredBlob;

class LocalFolderDocumentStoreTest {

    private static final byte[] SCAN = "%PDF-1.7 giấy khai sinh, bản chính".getBytes(StandardCharsets.UTF_8);
    private static final Instant LONG_AGO = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path folder;

    private LocalFolderDocumentStore store;

    @BeforeEach
    void setUp() {
        store = new LocalFolderDocumentStore(folder);
    }

    @Test
    void storesTheSameBytesOnceUnderTheirSha256() {
        StoredBlob first = put(SCAN);
        StoredBlob second = put(SCAN);

        assertThat(first).isEqualTo(second).isEqualTo(new StoredBlob(sha256(SCAN), SCAN.length));
        assertThat(files()).containsExactly(folder.resolve(first.sha256().substring(0, 2)).resolve(first.sha256()));
    }

    @Test
    void showsNothingUnderAnyNameWhenTheContentFailsHalfWay() {
        var failing = new FailingAfter(SCAN, 10);

        assertThatThrownBy(() -> store.put(failing)).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("connection reset");

        assertThat(failing.delivered).isEqualTo(10);
        assertThat(files()).as("no blob and no temporary file").isEmpty();
        assertThat(store.exists(sha256(SCAN))).isFalse();
    }

    @Test
    void passesOnAnUncheckedFailureOfTheContentAndCleansUp() {
        var refusing = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("over the limit");
            }
        };

        assertThatThrownBy(() -> store.put(refusing)).isInstanceOf(IllegalStateException.class).hasMessage("over the limit");
        assertThat(files()).isEmpty();
    }

    @Test
    void opensWhatItStored() throws IOException {
        String sha256 = put(SCAN).sha256();

        try (InputStream in = store.open(sha256)) {
            assertThat(in.readAllBytes()).isEqualTo(SCAN);
        }
        assertThat(store.exists(sha256)).isTrue();
    }

    @Test
    void saysNoSuchBlobForBytesItDoesNotHave() {
        String missing = sha256("never stored".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> store.open(missing)).isInstanceOf(NoSuchBlob.class).hasMessageContaining(missing);
        assertThat(store.exists(missing)).isFalse();
    }

    @Test
    void refusesAnAddressThatIsNotASha256() {
        for (String bad : List.of("../../etc/passwd", sha256(SCAN).toUpperCase(), "abc", "")) {
            assertThatThrownBy(() -> store.open(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void deletesABlobAndToleratesDeletingItAgain() {
        String sha256 = put(SCAN).sha256();

        store.delete(sha256);
        store.delete(sha256);

        assertThat(store.exists(sha256)).isFalse();
        assertThat(files()).isEmpty();
    }

    @Test
    void listsEveryBlobWithItsTime() throws IOException {
        String scan = put(SCAN).sha256();
        String photo = put(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3 }).sha256();
        Files.setLastModifiedTime(blobFile(scan), FileTime.from(LONG_AGO));

        try (var blobs = store.list()) {
            List<BlobInfo> listed = blobs.toList();
            assertThat(listed).extracting(BlobInfo::sha256).containsExactlyInAnyOrder(scan, photo);
            assertThat(listed).contains(new BlobInfo(scan, LONG_AGO));
        }
    }

    @Test
    void deletesABlobOlderThanTheCutoff() throws IOException {
        String sha256 = put(SCAN).sha256();
        Files.setLastModifiedTime(blobFile(sha256), FileTime.from(LONG_AGO));

        assertThat(store.deleteIfOlderThan(sha256, LONG_AGO.plusSeconds(1))).isTrue();
        assertThat(store.exists(sha256)).isFalse();
        assertThat(files()).isEmpty();
        assertThat(store.deleteIfOlderThan(sha256, LONG_AGO.plusSeconds(1))).as("already gone").isFalse();
    }

    @Test
    void keepsABlobStoredAgainAfterTheCutoff() throws IOException {
        String sha256 = put(SCAN).sha256();
        Files.setLastModifiedTime(blobFile(sha256), FileTime.from(LONG_AGO));
        Instant cutoff = Instant.now().minus(Duration.ofMinutes(1));

        put(SCAN);

        assertThat(store.deleteIfOlderThan(sha256, cutoff)).isFalse();
        assertThat(store.exists(sha256)).isTrue();
        assertThat(files()).hasSize(1);
    }

    @Test
    void replacesADamagedCopyWithTheBytesStoredAgain() throws IOException {
        String sha256 = put(SCAN).sha256();
        Files.write(blobFile(sha256), "half".getBytes(StandardCharsets.UTF_8));

        put(SCAN);

        assertThat(Files.readAllBytes(blobFile(sha256))).isEqualTo(SCAN);
    }

    @Test
    void putsBackABlobThatASweepHadMovedAsideWhenItsNodeStopped() throws IOException {
        String sha256 = put(SCAN).sha256();
        Files.move(blobFile(sha256), folder.resolve(".tmp/sweep-" + sha256 + "-0b6c1d2e"));

        store.discardUnfinishedWrites(Instant.now());

        assertThat(store.exists(sha256)).isTrue();
        assertThat(files()).containsExactly(blobFile(sha256));
    }

    @Test
    void discardsWritesThatNeverFinishedOnlyOnceTheyAreOlderThanTheCutoff() throws IOException {
        Path abandoned = Files.write(folder.resolve(".tmp/put-1.part"), SCAN);
        Files.setLastModifiedTime(abandoned, FileTime.from(LONG_AGO));
        Path inProgress = Files.write(folder.resolve(".tmp/put-2.part"), SCAN);

        store.discardUnfinishedWrites(Instant.now().minus(Duration.ofHours(1)));

        assertThat(files()).containsExactly(inProgress);
    }

    private StoredBlob put(byte[] content) {
        return store.put(new ByteArrayInputStream(content));
    }

    private Path blobFile(String sha256) {
        return folder.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private List<Path> files() {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Delivers the first bytes of the content, then fails as a dropped upload does. */
    private static final class FailingAfter extends InputStream {

        private final byte[] content;
        private final int failAt;
        private int delivered;

        FailingAfter(byte[] content, int failAt) {
            this.content = content;
            this.failAt = failAt;
        }

        @Override
        public int read() throws IOException {
            if (delivered == failAt) {
                throw new IOException("connection reset");
            }
            return content[delivered++] & 0xFF;
        }
    }
}
