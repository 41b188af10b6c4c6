package vn.motcua.deadline;

/** A warning or escalation setting that is neither a percentage like {@code 75%} nor {@code WD:n}/{@code WH:n}. */
public class InvalidThresholdPolicy extends IllegalArgumentException {

    InvalidThresholdPolicy(String text, String reason) {
        super("'" + text + "' is not a threshold: " + reason);
    }
}
