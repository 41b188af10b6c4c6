package vn.motcua.shared;

/** The installation is not fit to start; the message says what is wrong, the action how to fix it. */
public class StartupCheckFailed extends RuntimeException {

    private final String action;

    public StartupCheckFailed(String message, String action) {
        super(message);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
