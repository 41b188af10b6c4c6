package vn.motcua.deadline;

/** The dossier has no clock with that key. */
public class UnknownClock extends RuntimeException {

    public UnknownClock(String dossier, String clockKey) {
        super("dossier '" + dossier + "' has no clock '" + clockKey + "'");
    }
}
