package vn.motcua.shared;

import java.util.List;

/**
 * A request with bad input, answered as a 400 problem response that names each bad field. Collect
 * every problem of a request before throwing, so the caller can fix them all at once.
 */
public class InvalidRequest extends RuntimeException {

    private final List<FieldProblem> problems;
    private final boolean unprocessable;

    public InvalidRequest(List<FieldProblem> problems) {
        this(problems, false);
    }

    private InvalidRequest(List<FieldProblem> problems, boolean unprocessable) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse("invalid request"));
        this.problems = List.copyOf(problems);
        this.unprocessable = unprocessable;
    }

    /**
     * Well-formed input that cannot be acted on (a procedure that is not online, a missing mandatory
     * component): a 422 problem response rather than 400.
     */
    public static InvalidRequest unprocessable(List<FieldProblem> problems) {
        return new InvalidRequest(problems, true);
    }

    public boolean isUnprocessable() {
        return unprocessable;
    }

    public InvalidRequest(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One bad field (a query parameter, a JSON property path, a form part) and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }
}
