package vn.motcua.shared;

import java.util.Optional;

/** Which office a dossier belongs to; the dossier module answers, {@link ProcessDossiers} asks. */
public interface DossierOffices {

    /** The office of the dossier with this code, or empty when there is no such dossier. */
    Optional<String> officeOf(String dossierCode);
}
