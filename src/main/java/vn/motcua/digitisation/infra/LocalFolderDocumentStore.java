package vn.motcua.digitisation.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.digitisation.BlobInfo;
import vn.motcua.digitisation.DocumentStore;
import vn.motcua.digitisation.NoSuchBlob;
import vn.motcua.digitisation.StoredBlob;
import vn.motcua.shared.StartupCheckFailed;

/**
 * The document store in a folder: {@code <root>/ab/ab12…} (the first two hex digits spread the files
 * over 256 folders), written through {@code <root>/.tmp} on the same file system so that a rename puts a
 * complete file under its name in one step. Several nodes may share the folder (a network file system
 * with atomic rename).
 */
public class LocalFolderDocumentStore implements DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(LocalFolderDocumentStore.class);

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SHARD = Pattern.compile("[0-9a-f]{2}");
    private static final String WRITING = "put-";
    private static final String SWEEPING = "sweep-";
    private static final Pattern MOVED_ASIDE = Pattern.compile(SWEEPING + "([0-9a-f]{64})-.*");

    private final Path root;
    private final Path temp;

    public LocalFolderDocumentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.temp = this.root.resolve(".tmp");
        try {
            Files.createDirectories(temp);
        } catch (IOException e) {
            throw new StartupCheckFailed("Cannot create the document store folder " + temp + ": " + e,
                    "Set motcua.digitisation.store-dir to a folder the application may write to.");
        }
    }

    @Override
    public StoredBlob put(InputStream content) {
        Path part = null;
        try {
            part = Files.createTempFile(temp, WRITING, ".part");
            MessageDigest digest = sha256();
            long size;
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                size = new DigestInputStream(content, digest).transferTo(Channels.newOutputStream(channel));
                // on disk before it gets its name, so that a power cut cannot leave a short file under a hash
                channel.force(true);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(sha256);
            if (!restamp(target, size)) {
                Files.createDirectories(target.getParent());
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new StoredBlob(sha256, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            discard(part);
        }
    }

    @Override
    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (NoSuchFileException e) {
            throw new NoSuchBlob(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public void delete(String sha256) {
        try {
            Files.deleteIfExists(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Stream<BlobInfo> list() {
        try {
            return Files.list(root).filter(p -> SHARD.matcher(p.getFileName().toString()).matches())
                    .flatMap(LocalFolderDocumentStore::blobsIn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Moves the blob aside, then looks at its time: a {@link #put} of the same bytes either restamped it
     * before the move (so the blob goes back) or finds no file after it (so it writes its own copy).
     * While aside, the blob cannot be opened; only a blob no committed document refers to gets here.
     */
    @Override
    public boolean deleteIfOlderThan(String sha256, Instant cutoff) {
        Path target = pathOf(sha256);
        Path aside = temp.resolve(SWEEPING + sha256 + "-" + UUID.randomUUID());
        try {
            Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException alreadyGone) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            if (Files.getLastModifiedTime(aside).toInstant().isAfter(cutoff)) {
                putBack(aside, target);
                return false;
            }
            return Files.deleteIfExists(aside);
        } catch (NoSuchFileException putBackByAnotherNode) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes partial writes and puts back blobs a sweep had moved aside, when a node stopped half-way. */
    @Override
    public void discardUnfinishedWrites(Instant cutoff) {
        try (Stream<Path> leftovers = Files.list(temp)) {
            for (Path leftover : (Iterable<Path>) leftovers::iterator) {
                String name = leftover.getFileName().toString();
                Matcher aside = MOVED_ASIDE.matcher(name);
                if (aside.matches()) {
                    // a blob is never lost by putting it back; if it is an orphan, the next sweep takes it
                    putBack(leftover, pathOf(aside.group(1)));
                } else if (name.startsWith(WRITING) && lastModified(leftover).filter(t -> t.isBefore(cutoff)).isPresent()) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Marks a copy already in place as stored now, so the sweeper keeps it; false when there is none, or
     * it is damaged (wrong length) and the new copy must replace it.
     */
    private static boolean restamp(Path target, long size) throws IOException {
        try {
            if (Files.size(target) != size) {
                log.warn("Replacing the damaged blob {} ({} bytes instead of {})", target, Files.size(target), size);
                return false;
            }
            Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static void putBack(Path aside, Path target) throws IOException {
        try {
            Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException putBackAlready) {
            // another node's sweep put it back first
        }
    }

    private static Stream<BlobInfo> blobsIn(Path shard) {
        String prefix = shard.getFileName().toString();
        try {
            return Files.list(shard).filter(p -> isBlobName(p.getFileName().toString(), prefix))
                    .flatMap(p -> lastModified(p).map(t -> new BlobInfo(p.getFileName().toString(), t)).stream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBlobName(String name, String shard) {
        return name.startsWith(shard) && SHA256.matcher(name).matches();
    }

    /** Empty when the file is gone, as a blob may be between listing and reading its time. */
    private static Optional<Instant> lastModified(Path file) {
        try {
            return Optional.of(Files.getLastModifiedTime(file).toInstant());
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pathOf(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static void discard(Path part) {
        if (part == null) {
            return;
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // the original outcome matters more; discardUnfinishedWrites removes the file later
            log.warn("Cannot delete the temporary file {}: {}", part, e.toString());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
