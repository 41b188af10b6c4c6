package vn.motcua.fee.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.fee.FeeLine;
import vn.motcua.fee.Receipt;
import vn.motcua.fee.Receipts;
import vn.motcua.shared.NotFound;

/**
 * Anyone holding a receipt (its QR code) can check it. The id is a random UUID, so the link is the
 * key; the payer's personal id number is left out of the JSON.
 */
@RestController
@RequestMapping("/api/public/receipts")
@Tag(name = "Biên lai điện tử / Electronic receipts")
class PublicReceiptsController {

    private final Receipts receipts;

    PublicReceiptsController(Receipts receipts) {
        this.receipts = receipts;
    }

    record ReceiptView(UUID id, String officeId, int year, String number, String dossierCode, String payerName,
            long amountVnd, String amountInWords, List<FeeLine> lines, OffsetDateTime issuedAt, UUID cancels,
            String cancellationReason, UUID cancelledBy, String pdfUrl) {
    }

    @Operation(summary = "Check a receipt", description = "The receipt, or the cancellation that voids it (cancelledBy).")
    @GetMapping("/{id}")
    ReceiptView receipt(@PathVariable UUID id) {
        Receipt r = receipts.find(id).orElseThrow(() -> new NotFound("no receipt " + id));
        UUID cancelledBy = receipts.cancellationOf(id).map(Receipt::id).orElse(null);
        return new ReceiptView(r.id(), r.officeId(), r.year(), r.numberText(), r.dossierCode(), r.payerName(),
                r.amountVnd(), r.amountInWords(), r.lines(), r.issuedAt(), r.cancels(), r.cancellationReason(),
                cancelledBy, "/api/public/receipts/" + id + "/pdf");
    }

    @Operation(summary = "The receipt as a PDF")
    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        byte[] pdf = receipts.pdf(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("bien-lai-" + id + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf);
    }
}
