package vn.motcua.deadline;

import java.time.Instant;
import java.util.Objects;

/** The three instants at which a deadline calls for attention: warning, due (goal passed), first escalation. */
public record Thresholds(Instant warningAt, Instant dueAt, Instant firstEscalationAt) {

    public Thresholds {
        Objects.requireNonNull(warningAt, "warningAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(firstEscalationAt, "firstEscalationAt");
    }
}
