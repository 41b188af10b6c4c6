package vn.motcua.dossier;

/** Who hands the dossier in. */
public record Applicant(String name, IdNumber idNumber, String phone, String email, String address) {
}
