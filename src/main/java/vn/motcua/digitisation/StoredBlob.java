package vn.motcua.digitisation;

/** Bytes in the {@link DocumentStore}: their SHA-256 (lower-case hex, also their address) and their length. */
public record StoredBlob(String sha256, long size) {
}
