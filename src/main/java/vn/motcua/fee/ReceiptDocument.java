package vn.motcua.fee;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A receipt as printed: every text already formatted (amounts with thousands separators, total in
 * words), so that the printer only lays it out.
 *
 * @param series the receipt's series (ký hiệu)
 * @param cancels the printed number of the receipt this one cancels, or null
 * @param verifyUrl where anyone checks the signed receipt ({@code /api/public/verify/{receiptId}}), printed as its QR code
 */
public record ReceiptDocument(String officeName, String officeCode, String series, String number, String dossierCode,
        String payerName, String payerIdNumber, List<Line> lines, String total, String totalInWords, String cancels,
        String cancellationReason, ZonedDateTime issuedAt, String verifyUrl) {

    public ReceiptDocument {
        if (officeName == null || officeCode == null || series == null || number == null || payerName == null
                || total == null || totalInWords == null || issuedAt == null || verifyUrl == null) {
            throw new IllegalArgumentException("a receipt needs its office, series, number, payer, total, date and link");
        }
        lines = List.copyOf(lines);
    }

    /** One fee line: what was paid for and how much, e.g. "1.250.000 đồng". */
    public record Line(String description, String amount) {
    }
}
