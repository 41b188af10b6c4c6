package vn.motcua.signing;

import java.time.Instant;

/**
 * A certificate's revocation status.
 *
 * @param revokedAt when it was revoked (REVOKED only)
 * @param detail    the reason for REVOKED, why there is no answer for UNKNOWN
 */
public record RevocationStatus(State state, Instant revokedAt, String detail) {

    public enum State {
        GOOD, REVOKED, UNKNOWN
    }

    public static RevocationStatus good() {
        return new RevocationStatus(State.GOOD, null, null);
    }

    public static RevocationStatus revoked(Instant at, String reason) {
        return new RevocationStatus(State.REVOKED, at, reason);
    }

    public static RevocationStatus unknown(String why) {
        return new RevocationStatus(State.UNKNOWN, null, why);
    }
}
