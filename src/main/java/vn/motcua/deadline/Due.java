package vn.motcua.deadline;

import java.time.Instant;
import java.util.Objects;

/**
 * When counting starts and when the limit ends. {@code provisional} is true when some day between receipt
 * and due lies in a year whose holidays were computed rather than taken from the Government's notice, so
 * the appointment may move once the notice is entered.
 */
public record Due(Instant startsAt, Instant dueAt, boolean provisional) {

    public Due {
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(dueAt, "dueAt");
        if (dueAt.isBefore(startsAt)) {
            throw new IllegalArgumentException("due " + dueAt + " before the start " + startsAt);
        }
    }
}
