package vn.motcua.interagency;

import java.util.Objects;

/**
 * One message to a citizen about their dossier.
 *
 * @param dossierCode the dossier it is about; channels show it to the citizen
 * @param kind        what happened
 * @param phone       the citizen's mobile number (10 digits starting with 0); null when none was given
 * @param email       the citizen's e-mail address; null when none was given
 * @param message     what happened, in Vietnamese, as the citizen should read it; channels add the dossier
 *                    code, so it need not repeat it
 */
public record Notification(String dossierCode, Kind kind, String phone, String email, String message) {

    public enum Kind {
        RECEIVED, SUPPLEMENT_REQUESTED, RESULT_ISSUED, COMPLETED, REFUSED, APOLOGY,
        /** A fee is to be paid: the amount, by when and how. */
        FEE_DUE,
        /** An online payment request waits unpaid (sent once per request). */
        PAYMENT_REMINDER,
        /** An online payment request expired unpaid; the citizen may open another until the deadline. */
        PAYMENT_EXPIRED,
        /** The fee was paid: the electronic receipt. */
        FEE_PAID
    }

    public Notification {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
