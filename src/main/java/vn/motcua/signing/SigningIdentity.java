package vn.motcua.signing;

import java.util.regex.Pattern;

/**
 * Who signs: an office (its results and receipts) or an officer (a digitiser, a leader). Each has its own
 * key and certificate; in a keystore their alias is {@link #alias()}.
 */
public record SigningIdentity(Kind kind, String id) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public enum Kind {
        OFFICE, OFFICER
    }

    public SigningIdentity {
        if (kind == null || id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a signing identity needs a kind and an id of lower-case letters, digits, '.', '_' or '-': " + id);
        }
    }

    /** The office with this id (a Camunda tenant id such as {@code xa-an-phu}). */
    public static SigningIdentity office(String officeId) {
        return new SigningIdentity(Kind.OFFICE, officeId);
    }

    /** The officer with this user id (such as {@code lanhdao.anphu}). */
    public static SigningIdentity officer(String userId) {
        return new SigningIdentity(Kind.OFFICER, userId);
    }

    /** The keystore alias: {@code office-<office id>} or {@code officer-<user id>}. */
    public String alias() {
        return (kind == Kind.OFFICE ? "office-" : "officer-") + id;
    }
}
