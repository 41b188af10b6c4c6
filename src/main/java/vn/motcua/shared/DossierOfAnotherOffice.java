package vn.motcua.shared;

/**
 * A process instance of one office reached for a dossier of another (or a start named a dossier its office
 * does not have): nothing is changed and the caller gets a 403 problem response naming {@link #FIELD}. The
 * message names the instance's office and the code the caller gave, never anything of the other office's
 * dossier.
 */
public class DossierOfAnotherOffice extends RuntimeException {

    /** The field a caller names the dossier with: the start variable, and the business key the models pass on. */
    public static final String FIELD = "dossierCode";

    public DossierOfAnotherOffice(String dossierCode, String officeId) {
        super(FIELD + ": hồ sơ '" + dossierCode + "' không thuộc cơ quan '" + officeId + "' của quy trình này"
                + " (the dossier does not belong to the office of this process instance)");
    }
}
