package vn.motcua.fee;

/**
 * A fee rule that cannot be applied: the field (relative to the rule, e.g. {@code perPage.tiers[1].fromPage})
 * and what is wrong. The catalogue prefixes the field with where the rule stands in its descriptor.
 */
public class InvalidFeeRule extends IllegalArgumentException {

    private final String field;
    private final String problem;

    public InvalidFeeRule(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
