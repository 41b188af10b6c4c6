package vn.motcua.shared;

/** The request clashes with the state of what it acts on (e.g. withdrawing a finished dossier): a 409 problem response. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
