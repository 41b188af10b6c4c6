package vn.motcua.deadline;

/** A text outside the deadline-rule grammar: {@code WD:n}, {@code WH:n}, {@code SAME_DAY}, {@code ,cutoff=HH:mm}. */
public class InvalidDeadlineRule extends IllegalArgumentException {

    InvalidDeadlineRule(String text, String reason) {
        super("'" + text + "' is not a deadline rule: " + reason
                + " (expected WD:n, WH:n or SAME_DAY, optionally followed by ,cutoff=HH:mm)");
    }
}
