package vn.motcua.fee;

/** A dossier's fee was paid online: published once per payment, in the transaction that records it. */
public record PaymentReceived(String dossierCode, String reference, long amountVnd, String transactionId) {
}
