package vn.motcua.signing.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.digitisation.Documents;
import vn.motcua.digitisation.PdfOverBudget;
import vn.motcua.digitisation.StoredDocument;
import vn.motcua.shared.InvalidRequest;
import vn.motcua.shared.NotFound;
import vn.motcua.signing.PdfVerifier;
import vn.motcua.signing.ProblemCode;
import vn.motcua.signing.VerificationReport;

/**
 * Anyone can check a signed document: the one a QR code on a result, receipt or slip points at (by its
 * document id), or a PDF they upload. No login; the answer names the signers, never the document's content.
 */
@RestController
@RequestMapping("/api/public/verify")
@Tag(name = "Xác thực chữ ký số / Signature verification")
class PublicVerificationController {

    /** The scanner recorded for the slips, receipts and results the application issues itself. */
    private static final String ISSUED_BY_THE_APPLICATION = "system";

    private final Documents documents;
    private final PdfVerifier verifier;
    private final DataSize maxFileSize;

    PublicVerificationController(Documents documents, PdfVerifier verifier,
            @Value("${motcua.signing.max-verified-file-size:10MB}") DataSize maxFileSize) {
        this.documents = documents;
        this.verifier = verifier;
        this.maxFileSize = maxFileSize;
    }

    @Operation(summary = "Verify a stored document",
            description = "The target of the QR code printed on results. 'valid' is true when the document has at least one "
                    + "signature and no problem: unchanged since signed, certificate chaining to a trusted CA, valid at signing "
                    + "time, allowed to sign, not revoked. Problems have a stable 'code' and a Vietnamese 'message'. 404 for an "
                    + "unknown document. A browser (Accept preferring text/html, as a phone sends after scanning the code) gets "
                    + "the same answer as a Vietnamese page instead; any other Accept, */* included, gets this JSON.")
    @GetMapping("/{documentId}")
    VerificationReport stored(@PathVariable UUID documentId) {
        var document = documents.find(documentId).orElseThrow(() -> new NotFound("no document " + documentId));
        try {
            return verifier.verify(documents.bytes(document));
        } catch (PdfOverBudget over) {
            throw InvalidRequest.unprocessable(List.of(new InvalidRequest.FieldProblem("documentId", over.getMessage())));
        }
    }

    /** The QR target in a browser: the report above as a Vietnamese page, and a Vietnamese page for an unknown id. */
    @Hidden
    @GetMapping(value = "/{documentId}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> storedPage(@PathVariable String documentId) {
        var document = parse(documentId).flatMap(documents::find);
        if (document.isEmpty()) {
            return VerificationPage.notFound();
        }
        try {
            return VerificationPage.of(document.get().id(), nameToShow(document.get()), verifier.verify(documents.bytes(document.get())));
        } catch (PdfOverBudget over) {
            return VerificationPage.unreadable(over.getMessage());
        }
    }

    /**
     * The file name of a document this application issued (a slip, receipt or result: its kind and dossier code,
     * printed on the paper anyway); a citizen's own upload may carry a personal name in its file name, so none.
     */
    private static String nameToShow(StoredDocument document) {
        return ISSUED_BY_THE_APPLICATION.equals(document.scannedBy()) ? document.fileName() : null;
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Operation(summary = "Verify an uploaded PDF",
            description = "Multipart part 'file': a PDF of at most motcua.signing.max-verified-file-size (10 MB). 400 when the "
                    + "part is missing or empty, 422 when it is larger, not a readable PDF, or takes more memory or time to read "
                    + "than the PDF budget; an unsigned PDF gives valid=false with the problem NOT_SIGNED.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    VerificationReport uploaded(@Parameter(description = "the PDF to verify") @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidRequest("file", "is required: the PDF to verify");
        }
        String name = "'" + file.getOriginalFilename() + "': ";
        // the part is on disk (above the multipart threshold) until read: refused before it is read into memory
        if (file.getSize() > maxFileSize.toBytes()) {
            String limit = maxFileSize.toMegabytes() + " MB";
            throw unprocessable(name + "Tệp lớn hơn " + limit + " cho phép / The file is larger than the " + limit + " allowed");
        }
        VerificationReport report;
        try {
            report = verifier.verify(file.getBytes());
        } catch (PdfOverBudget over) {
            throw unprocessable(name + over.getMessage());
        }
        if (report.has(ProblemCode.UNREADABLE_PDF)) {
            throw unprocessable("is not a readable PDF");
        }
        return report;
    }

    private static InvalidRequest unprocessable(String problem) {
        return InvalidRequest.unprocessable(List.of(new InvalidRequest.FieldProblem("file", problem)));
    }
}
