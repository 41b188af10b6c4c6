/**
 * Digitisation (số hóa) and the citizen's document store (kho dữ liệu điện tử của tổ chức, cá nhân).
 *
 * <p>{@link vn.motcua.digitisation.Documents} checks a scanned or uploaded file (format by content, size,
 * name, PDF readability and pages), stores its bytes in the {@link vn.motcua.digitisation.DocumentStore}
 * by SHA-256 and records one metadata row per document in the caller's transaction. A citizen reuses a
 * document by pointing at its id instead of uploading it again. Blobs that no row references (a crash or
 * a rollback between storing and committing) are deleted by the hourly orphan sweeper.
 *
 * <p>{@code infra/} holds the local-folder store; an object store can take its place.
 */
package vn.motcua.digitisation;
