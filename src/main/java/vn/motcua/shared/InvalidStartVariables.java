package vn.motcua.shared;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A process was started (engine REST API, Tasklist's start form) with variables that cannot make a dossier: a missing
 * or malformed id number, a missing name, a value longer than its column. Thrown before anything is written, so the
 * start leaves no instance and no dossier; the engine's APIs answer it with a 400 problem response naming each field.
 */
public class InvalidStartVariables extends BadUserRequestException {

    private final List<InvalidRequest.FieldProblem> problems;

    public InvalidStartVariables(List<InvalidRequest.FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse("invalid start variables"));
        this.problems = List.copyOf(problems);
    }

    public List<InvalidRequest.FieldProblem> problems() {
        return problems;
    }
}
