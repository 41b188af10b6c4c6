package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The birth a dossier registers, as one indexed value, so that a second dossier for the same birth is
 * found without reading every dossier of the mother: her personal id number, the date of birth and the
 * child's name ignoring case, accents and spacing, hashed with SHA-256 (64 hex digits).
 */
final class BirthKey {

    static final String MOTHER = "motherIdNumber";
    static final String BIRTH_DATE = "childBirthDate";
    static final String CHILD = "childName";

    private BirthKey() {
    }

    /** The key of a dossier with these details, empty when they do not name a birth. */
    static Optional<String> of(Map<String, String> details) {
        return of(details.get(MOTHER), details.get(BIRTH_DATE), details.get(CHILD));
    }

    static Optional<String> of(String motherIdNumber, String birthDate, String childName) {
        if (isBlank(motherIdNumber) || isBlank(birthDate) || isBlank(childName)) {
            return Optional.empty();
        }
        return Optional.of(sha256(motherIdNumber.trim() + "\n" + birthDate.trim() + "\n" + comparable(childName)));
    }

    /** "Nguyễn  Văn Đức" and "nguyen van duc" are the same name. */
    static String comparable(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D')
                .trim().replaceAll("\\s+", " ").toLowerCase();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
