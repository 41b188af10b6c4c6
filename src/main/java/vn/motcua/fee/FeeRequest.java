package vn.motcua.fee;

import java.util.Set;

/**
 * What a fee depends on: the channel, the pages of the original, the copies, the cases, and the
 * exemptions the applicant claims (the clerk confirms them before anything is recorded).
 */
public record FeeRequest(Channel channel, int pages, int copies, int cases, Set<Exemption> claimed) {

    public FeeRequest {
        if (channel == null) {
            throw new IllegalArgumentException("a channel is required");
        }
        if (pages < 1 || copies < 1 || cases < 1) {
            throw new IllegalArgumentException("pages, copies and cases are at least 1");
        }
        claimed = claimed == null ? Set.of() : Set.copyOf(claimed);
    }

    /** One page, one copy, one case, nothing claimed. */
    public static FeeRequest of(Channel channel) {
        return new FeeRequest(channel, 1, 1, 1, Set.of());
    }
}
