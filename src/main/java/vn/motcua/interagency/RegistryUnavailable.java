package vn.motcua.interagency;

import java.time.Duration;

/**
 * The national population database did not answer in time. A technical failure: the caller retries (a job
 * ends as an incident), it never concludes anything about the person.
 */
public class RegistryUnavailable extends RuntimeException {

    private final Duration waited;

    public RegistryUnavailable(Duration waited) {
        this(waited, null);
    }

    public RegistryUnavailable(Duration waited, Throwable cause) {
        super("Cơ sở dữ liệu quốc gia về dân cư không trả lời sau " + waited.toMillis() + " ms"
                + " / The national population database did not answer within " + waited.toMillis() + " ms", cause);
        this.waited = waited;
    }

    /** How long the caller waited before giving up. */
    public Duration waited() {
        return waited;
    }
}
