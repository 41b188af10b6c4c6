package vn.motcua.digitisation;

/** The document store holds no bytes with that SHA-256. */
public class NoSuchBlob extends RuntimeException {

    private final String sha256;

    public NoSuchBlob(String sha256) {
        super("the document store has no blob " + sha256);
        this.sha256 = sha256;
    }

    public String sha256() {
        return sha256;
    }
}
