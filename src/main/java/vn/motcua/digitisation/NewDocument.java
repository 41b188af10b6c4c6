package vn.motcua.digitisation;

import java.io.InputStream;
import java.util.Objects;
import java.util.UUID;

/**
 * A file to digitise for a citizen or organisation. The file name is the one the file came with and
 * is checked by {@link Documents#digitise}; the other fields come from the application, not from the
 * citizen, so a bad one is a programming error.
 *
 * @param ownerIdNumber the owner's personal id number (12 digits) or an organisation's code
 * @param fileName      the file's name as uploaded or scanned, possibly with a path
 * @param content       the bytes; read but not closed
 * @param scannedBy     the user id of the clerk who scanned it, or of the citizen who uploaded it
 * @param componentCode the dossier component it answers, or null for a document not tied to one
 * @param id            the id the document is to have, or null for a new random one; a document that prints its own
 *                      id (the QR code of a signed result) is given it before it is rendered
 */
public record NewDocument(String ownerIdNumber, String fileName, InputStream content, String scannedBy,
        String componentCode, UUID id) {

    public NewDocument(String ownerIdNumber, String fileName, InputStream content, String scannedBy, String componentCode) {
        this(ownerIdNumber, fileName, content, scannedBy, componentCode, null);
    }

    public NewDocument {
        requireText("ownerIdNumber", ownerIdNumber, 32);
        Objects.requireNonNull(content, "content");
        requireText("scannedBy", scannedBy, 64);
        if (componentCode != null) {
            requireText("componentCode", componentCode, 64);
        }
    }

    static void requireText(String name, String value, int maxLength) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException(name + " must be 1 to " + maxLength + " characters, was " + value);
        }
    }
}
