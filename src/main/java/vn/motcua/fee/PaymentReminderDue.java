package vn.motcua.fee;

/** A payment request has waited unpaid for motcua.fee.payment.reminder-after: remind the citizen, once. */
public record PaymentReminderDue(String dossierCode, String reference) {
}
