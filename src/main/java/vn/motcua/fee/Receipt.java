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
 */
public record Receipt(UUID id, String officeId, int year, int number, String dossierCode, String payerName,
        String payerIdNumber, long amountVnd, List<FeeLine> lines, OffsetDateTime issuedAt, UUID cancels,
        String cancellationReason) {

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
}
