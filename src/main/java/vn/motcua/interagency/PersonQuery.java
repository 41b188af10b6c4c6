package vn.motcua.interagency;

import java.util.Objects;

/**
 * What an applicant declared about a person, to be compared with the population register.
 *
 * @param idNumber         the 12-digit personal id number (số định danh cá nhân)
 * @param fullName         the full name as declared
 * @param residenceAddress the permanent residence as declared; null when it is not to be compared
 */
public record PersonQuery(String idNumber, String fullName, String residenceAddress) {

    public PersonQuery {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(fullName, "fullName");
    }
}
