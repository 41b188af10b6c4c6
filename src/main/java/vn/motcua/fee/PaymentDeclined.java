package vn.motcua.fee;

/** The gateway reports that the citizen's payment failed; the dossier may request a new one. */
public record PaymentDeclined(String dossierCode, String reference, long amountVnd, String transactionId) {
}
