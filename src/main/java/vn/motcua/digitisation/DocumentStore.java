package vn.motcua.digitisation;

import java.io.InputStream;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Blob storage addressed by SHA-256 (64 lower-case hex digits); an object store can replace the local
 * folder. Blobs are immutable: the same bytes always have the same address and are kept once. A
 * malformed address is an {@link IllegalArgumentException}.
 */
public interface DocumentStore {

    /**
     * Stores the content, read to its end (not closed: the caller owns the stream), and returns its
     * address. The blob becomes visible under its address complete or not at all; when the stream
     * throws, nothing is stored and the exception propagates. Storing bytes that are already there
     * keeps one copy and counts as storing them anew for {@link #deleteIfOlderThan}.
     */
    StoredBlob put(InputStream content);

    /** The blob's bytes; the caller closes the stream. {@link NoSuchBlob} if it is not stored. */
    InputStream open(String sha256);

    boolean exists(String sha256);

    /** Deletes the blob; deleting a blob that is not there does nothing. */
    void delete(String sha256);

    /** Every stored blob, for the orphan sweeper; close the stream after use. */
    Stream<BlobInfo> list();

    /**
     * Deletes the blob unless it was stored (again) after {@code cutoff}, and says whether it did. The
     * sweeper decides a blob is an orphan from a listing that is already old when it deletes; this
     * check-and-delete is atomic against a concurrent {@link #put} of the same bytes, so a document
     * stored meanwhile on any node keeps its blob.
     */
    boolean deleteIfOlderThan(String sha256, Instant cutoff);

    /** Removes what writes that never finished (a node stopped half-way) left behind before {@code cutoff}. */
    default void discardUnfinishedWrites(Instant cutoff) {
    }
}
