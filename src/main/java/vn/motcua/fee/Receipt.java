package vn.motcua.fee;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An electronic receipt (biên lai điện tử) as issued; never changed afterwards. A cancellation is a
 * receipt of its own, with the next number, that names the receipt it cancels.
 *
 * @param year the year of issue in Vietnam, which the number restarts with
 * @param number 1 to 99,999,999 within the office and year
 * @param cancels the receipt this one cancels, or null for a receipt of payment
 * @param paymentChannel how the fee was paid (a cancellation: that of the receipt it cancels); null only
 *                       for receipts issued before the channel was recorded
 * @param paymentReference the payment the receipt acknowledges; null for a cancellation
 */
public record Receipt(UUID id, String officeId, int year, int number, String dossierCode, String payerName,
        String payerIdNumber, long amountVnd, List<FeeLine> lines, OffsetDateTime issuedAt, UUID cancels,
        String cancellationReason, PaymentChannel paymentChannel, String paymentReference) {

    /** The largest number a receipt can carry: 8 digits (Decree 254/2026). */
    public static final int MAX_NUMBER = 99_999_999;

    public Receipt {
        lines = List.copyOf(lines);
    }

    /** The number as printed: 8 digits, e.g. "00000042". */
    public String numberText() {
        return String.format("%08d", number);
    }

    public boolean isCancellation() {
        return cancels != null;
    }

    public String amountInWords() {
        return VietnameseAmount.inWords(amountVnd);
    }

    /**
     * The payer's personal id number as a public document shows it: all but the last 4 characters hidden,
     * e.g. "********4005"; null when none was given.
     */
    public String maskedPayerIdNumber() {
        if (payerIdNumber == null || payerIdNumber.isBlank()) {
            return null;
        }
        String id = payerIdNumber.strip();
        int shown = Math.min(4, id.length() / 2);
        return "*".repeat(id.length() - shown) + id.substring(id.length() - shown);
    }
}
