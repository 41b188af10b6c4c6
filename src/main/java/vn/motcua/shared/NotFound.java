package vn.motcua.shared;

/** Something the caller asked for does not exist (or is not theirs to see): a 404 problem response. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
