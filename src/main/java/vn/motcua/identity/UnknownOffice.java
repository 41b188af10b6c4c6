package vn.motcua.identity;

/** No office has the given id. */
public class UnknownOffice extends RuntimeException {

    private final String officeId;

    public UnknownOffice(String officeId) {
        super("no office with id '" + officeId + "'");
        this.officeId = officeId;
    }

    public String officeId() {
        return officeId;
    }
}
