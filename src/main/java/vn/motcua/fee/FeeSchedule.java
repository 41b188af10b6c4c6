package vn.motcua.fee;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fees and charges of a procedure, as its {@code procedure.yaml} states them: one rule per fee
 * line of a dossier. {@link #FREE} has no lines.
 */
public record FeeSchedule(List<FeeRule> lines) {

    public static final FeeSchedule FREE = new FeeSchedule(List.of());

    public FeeSchedule {
        lines = lines == null ? List.of() : List.copyOf(lines);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!seen.add(lines.get(i).code())) {
                throw new InvalidFeeRule("lines[" + i + "].code", "fee code " + lines.get(i).code() + " is used twice");
            }
        }
    }

    public boolean isFree() {
        return lines.isEmpty();
    }
}
