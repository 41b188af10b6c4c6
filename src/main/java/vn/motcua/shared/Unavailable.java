package vn.motcua.shared;

/**
 * A system we depend on (a time-stamping authority, an agency's service) did not answer or refused: a 503 problem
 * response that tells the caller, in Vietnamese, to try again later. The detail (addresses, the cause) is logged,
 * not shown.
 */
public class Unavailable extends RuntimeException {

    private final String publicMessage;

    public Unavailable(String publicMessage, String detail, Throwable cause) {
        super(detail, cause);
        this.publicMessage = publicMessage;
    }

    /** What the caller is told. */
    public String publicMessage() {
        return publicMessage;
    }
}
