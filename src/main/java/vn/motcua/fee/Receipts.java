package vn.motcua.fee;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.identity.Office;
import vn.motcua.identity.Offices;
import vn.motcua.shared.InvalidRequest;
import vn.motcua.shared.NotFound;
import vn.motcua.shared.Time;

/**
 * Electronic receipts of fees and charges (Decree 254/2026): numbered per issuing office and year from
 * 1, gap-free, at most 8 digits. A receipt is only ever inserted: a cancellation is a new receipt with
 * the next number that points at the one it cancels.
 */
@Service
@Transactional
public class Receipts {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final TypeReference<List<FeeLine>> LINES = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, office_id, year_of_issue, number, dossier_code, payer_name, payer_id_number,"
            + " amount_vnd, lines, issued_at, cancels, cancellation_reason, payment_channel, payment_reference";

    private final JdbcClient jdbc;
    private final ReceiptSerials serials;
    private final Offices offices;
    private final ObjectMapper json;
    private final ReceiptPrinter printer;
    private final String publicBaseUrl;

    Receipts(JdbcClient jdbc, ReceiptSerials serials, Offices offices, ObjectMapper json, ReceiptPrinter printer,
            @Value("${motcua.public-base-url}") String publicBaseUrl) {
        this.jdbc = jdbc;
        this.serials = serials;
        this.offices = offices;
        this.json = json;
        this.printer = printer;
        this.publicBaseUrl = publicBaseUrl;
    }

    /**
     * Issues the receipt of a payment with the office's next number of the current year (in Vietnam), or
     * returns the receipt issued for that payment before (same {@link PaidBy#reference()}), so that a retried
     * step or a repeated call issues nothing twice. An exempt dossier (total 0) gets none: refused with
     * {@link InvalidRequest}, as is a payment reference already used for another dossier.
     */
    public Receipt issue(String officeId, String dossierCode, String payerName, String payerIdNumber, List<FeeLine> lines,
            PaidBy paidBy) {
        if (paidBy == null) {
            throw new InvalidRequest("paidBy", "a receipt acknowledges a payment");
        }
        Optional<Receipt> issued = forPayment(paidBy.reference());
        if (issued.isPresent()) {
            return sameDossier(issued.get(), dossierCode);
        }
        if (lines == null || lines.isEmpty()) {
            throw new InvalidRequest("lines", "a receipt has at least one fee line");
        }
        long total = lines.stream().mapToLong(FeeLine::amountVnd).reduce(0, Math::addExact);
        if (total == 0) {
            throw new InvalidRequest("lines", "the total is 0: an exempt dossier gets no receipt");
        }
        if (dossierCode == null || dossierCode.isBlank()) {
            throw new InvalidRequest("dossierCode", "is required");
        }
        if (payerName == null || payerName.isBlank()) {
            throw new InvalidRequest("payerName", "is required");
        }
        if (officeId == null || offices.find(officeId).isEmpty()) {
            throw new InvalidRequest("officeId", "no office " + officeId);
        }
        return insert(officeId, dossierCode, payerName.strip(), payerIdNumber, total, lines, null, null, paidBy.channel(),
                paidBy.reference());
    }

    /** The receipt that acknowledges this payment, if one was issued (never a cancellation). */
    @Transactional(readOnly = true)
    public Optional<Receipt> forPayment(String paymentReference) {
        return jdbc.sql("select " + COLUMNS + " from mc_receipt where payment_reference = ?").param(paymentReference)
                .query(this::receipt).optional();
    }

    /** Every receipt of the dossier, cancellations included, in the order they were issued. */
    @Transactional(readOnly = true)
    public List<Receipt> ofDossier(String dossierCode) {
        return jdbc.sql("select " + COLUMNS + " from mc_receipt where dossier_code = ? order by issued_at, year_of_issue, number")
                .param(dossierCode).query(this::receipt).list();
    }

    private static Receipt sameDossier(Receipt receipt, String dossierCode) {
        if (!receipt.dossierCode().equals(dossierCode)) {
            throw new InvalidRequest("paidBy.reference", "payment " + receipt.paymentReference() + " was acknowledged for dossier "
                    + receipt.dossierCode());
        }
        return receipt;
    }

    /**
     * Cancels a receipt with a new receipt of the same office, amount and lines that takes the next
     * number; the original stays as it was. A receipt is cancelled once ({@link ReceiptAlreadyCancelled})
     * and a cancellation is not cancelled ({@link ReceiptIsACancellation}).
     */
    public Receipt cancel(UUID receiptId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequest("reason", "a cancellation states its reason");
        }
        Receipt original = find(receiptId).orElseThrow(() -> new NotFound("no receipt " + receiptId));
        if (original.isCancellation()) {
            throw new ReceiptIsACancellation(receiptId);
        }
        if (cancellationOf(receiptId).isPresent()) {
            throw new ReceiptAlreadyCancelled(receiptId);
        }
        try {
            return insert(original.officeId(), original.dossierCode(), original.payerName(), original.payerIdNumber(),
                    original.amountVnd(), original.lines(), receiptId, reason.strip(), original.paymentChannel(), null);
        } catch (DuplicateKeyException cancelledMeanwhile) {
            throw new ReceiptAlreadyCancelled(receiptId);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Receipt> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from mc_receipt where id = ?").param(id).query(this::receipt).optional();
    }

    /** The cancellation of a receipt, if it has been cancelled. */
    @Transactional(readOnly = true)
    public Optional<Receipt> cancellationOf(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from mc_receipt where cancels = ?").param(id).query(this::receipt).optional();
    }

    /**
     * The receipt as an A5 PDF signed by its office, with a QR code of its verification link; {@link NotFound} when
     * there is none. Printed and kept the first time it is asked for, the same bytes afterwards. Anyone holding the
     * link reads it, so the payer's personal id number shows only its last digits.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public byte[] pdf(UUID id) {
        Receipt receipt = find(id).orElseThrow(() -> new NotFound("no receipt " + id));
        return printer.print(receipt, () -> document(receipt));
    }

    /** The receipt as it is printed, its QR code leading to its verification. */
    private ReceiptDocument document(Receipt receipt) {
        Office office = offices.get(receipt.officeId());
        String cancels = receipt.cancels() == null ? null : find(receipt.cancels()).map(Receipt::numberText).orElseThrow();
        return new ReceiptDocument(office.name(), office.code(), series(office, receipt.year()),
                receipt.numberText(), receipt.dossierCode(), receipt.payerName(), receipt.maskedPayerIdNumber(),
                receipt.lines().stream().map(l -> new ReceiptDocument.Line(l.description(), VietnameseAmount.inFigures(l.amountVnd()))).toList(),
                VietnameseAmount.inFigures(receipt.amountVnd()), receipt.amountInWords(), cancels, receipt.cancellationReason(),
                receipt.issuedAt().atZoneSameInstant(VIETNAM), publicBaseUrl + "/api/public/verify/" + receipt.id());
    }

    /** Where anyone holding the receipt (its QR code) can check it. */
    public String lookupUrl(UUID id) {
        return publicBaseUrl + "/api/public/receipts/" + id;
    }

    /** The series (ký hiệu) of an office's receipts in a year: office code and year, e.g. "000.00.21.H56/2027". */
    static String series(Office office, int year) {
        return office.code() + "/" + year;
    }

    private Receipt insert(String officeId, String dossierCode, String payerName, String payerIdNumber, long total,
            List<FeeLine> lines, UUID cancels, String reason, PaymentChannel channel, String paymentReference) {
        var issuedAt = OffsetDateTime.ofInstant(Time.now(), ZoneOffset.UTC);
        int year = issuedAt.atZoneSameInstant(VIETNAM).getYear();
        int number = serials.next(officeId, year);
        var receipt = new Receipt(UUID.randomUUID(), officeId, year, number, dossierCode, payerName, payerIdNumber, total,
                lines, issuedAt, cancels, reason, channel, paymentReference);
        jdbc.sql("insert into mc_receipt (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(receipt.id(), officeId, year, number, dossierCode, payerName, payerIdNumber, total, toJson(lines),
                        issuedAt, cancels, reason, channel == null ? null : channel.name(), paymentReference)
                .update();
        return receipt;
    }

    private String toJson(List<FeeLine> lines) {
        try {
            return json.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write fee lines as JSON", e);
        }
    }

    private Receipt receipt(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        try {
            return new Receipt(rs.getObject("id", UUID.class), rs.getString("office_id"), rs.getInt("year_of_issue"),
                    rs.getInt("number"), rs.getString("dossier_code"), rs.getString("payer_name"), rs.getString("payer_id_number"),
                    rs.getLong("amount_vnd"), json.readValue(rs.getString("lines"), LINES),
                    rs.getObject("issued_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                    rs.getObject("cancels", UUID.class), rs.getString("cancellation_reason"),
                    rs.getString("payment_channel") == null ? null : PaymentChannel.valueOf(rs.getString("payment_channel")),
                    rs.getString("payment_reference"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the fee lines of receipt " + rs.getString("id"), e);
        }
    }
}
