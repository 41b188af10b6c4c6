package vn.motcua.fee;

/** A payment request was not paid in time; the dossier may request a new one. */
public record PaymentExpired(String dossierCode, String reference, long amountVnd) {
}
