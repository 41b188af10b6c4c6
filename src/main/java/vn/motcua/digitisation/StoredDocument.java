package vn.motcua.digitisation;

import java.time.Instant;
import java.util.UUID;

/**
 * A digitised document in the owner's store: metadata only, the bytes are in the {@link DocumentStore}
 * under {@code sha256} ({@link Documents#content}).
 *
 * @param pages    pages of a PDF, 1 for an image
 * @param fileName the cleaned file name (no path, Unicode NFC)
 */
public record StoredDocument(UUID id, String ownerIdNumber, String sha256, DocumentFormat format, long size, Integer pages,
        String fileName, String componentCode, String scannedBy, Instant scannedAt) {
}
