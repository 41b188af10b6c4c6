package vn.motcua.fee;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.motcua.deadline.DeadlineRule;

/**
 * The fees and charges of a procedure, as its {@code procedure.yaml} states them: one rule per fee
 * line of a dossier, and how the fee-collection step collects them. {@link #FREE} has no lines.
 */
public record FeeSchedule(List<FeeRule> lines, Collection collection) {

    public static final FeeSchedule FREE = new FeeSchedule(List.of());

    public FeeSchedule {
        lines = lines == null ? List.of() : List.copyOf(lines);
        collection = collection == null ? Collection.DEFAULT : collection;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!seen.add(lines.get(i).code())) {
                throw new InvalidFeeRule("lines[" + i + "].code", "fee code " + lines.get(i).code() + " is used twice");
            }
        }
    }

    /** The lines, collected as {@link Collection#DEFAULT} says. */
    public FeeSchedule(List<FeeRule> lines) {
        this(lines, Collection.DEFAULT);
    }

    public boolean isFree() {
        return lines.isEmpty();
    }

    /**
     * How the fee-collection step waits for a dossier's fee ({@code fee.collection} in procedure.yaml).
     *
     * @param pauseClock      whether the dossier's running clocks stop while the applicant pays
     * @param paymentDeadline how long the applicant has to pay, in the office's working time; unpaid after
     *                        that, the dossier is refused
     */
    public record Collection(boolean pauseClock, DeadlineRule paymentDeadline) {

        /** Clocks paused, as for a supplement; five working days to pay. */
        public static final Collection DEFAULT = new Collection(true, DeadlineRule.parse("WD:5"));

        public Collection {
            Objects.requireNonNull(paymentDeadline, "paymentDeadline");
        }
    }
}
