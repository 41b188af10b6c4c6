package vn.motcua.dossier.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.PublicDossiers;
import vn.motcua.dossier.PublicDossiers.Submission;
import vn.motcua.shared.InvalidRequest;

/** The citizen's side of a dossier: submit online, follow it, withdraw it, fetch its documents. */
@RestController
@RequestMapping("/api/public/dossiers")
@Tag(name = "Hồ sơ (công dân) / Dossiers (citizens)")
class PublicDossiersController {

    private final PublicDossiers dossiers;

    PublicDossiersController(PublicDossiers dossiers) {
        this.dossiers = dossiers;
    }

    record Receipt(String code, String status, OffsetDateTime receivedAt, OffsetDateTime dueAt, String lookupUrl) {
    }

    record Withdrawal(String idNumber, String reason) {
    }

    record PaymentOrder(String idNumber) {
    }

    @Operation(summary = "Pay the dossier's fees online",
            description = "JSON {idNumber}. 201 {reference, paymentUrl, amount, expiresAt}: the citizen pays at paymentUrl before"
                    + " expiresAt; asking again returns the pending request (one per dossier). 404 for a wrong id number, 409 when there"
                    + " is no fee to pay or the dossier is not awaiting its fee (not yet, paid already, or its time to pay is up).")
    @PostMapping("/{code}/payments")
    ResponseEntity<PublicDossiers.PaymentOffer> pay(@PathVariable String code, @RequestBody(required = false) PaymentOrder order) {
        if (order == null || order.idNumber() == null || order.idNumber().isBlank()) {
            throw new InvalidRequest("idNumber", "is required");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(dossiers.requestPayment(code, order.idNumber()));
    }

    @Operation(summary = "Submit a dossier online",
            description = "multipart/form-data: a part 'application' (JSON: procedureCode, officeId, applicant {name, idNumber,"
                    + " phone, email, address}, reuse {componentCode: documentId}) and one file part per component, named by"
                    + " the component code. An Idempotency-Key header makes a retry return the first dossier.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Receipt> submit(MultipartHttpServletRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) throws IOException {
        refuseFilesWithoutName(request, "application");
        String application = request.getParameter("application");
        MultipartFile applicationFile = request.getFile("application");
        if (application == null && applicationFile != null) {
            application = new String(applicationFile.getBytes(), StandardCharsets.UTF_8);
        }
        List<PublicDossiers.File> files = new ArrayList<>();
        request.getMultiFileMap().forEach((part, list) -> {
            if (!part.equals("application")) {
                list.forEach(file -> files.add(new PublicDossiers.File(part, file.getOriginalFilename(), file.getSize(), file::getInputStream)));
            }
        });
        var outcome = dossiers.submit(new Submission(application, files, idempotencyKey));
        var view = outcome.view();
        var receipt = new Receipt(view.code(), view.status(), view.receivedAt(), view.dueAt(), view.lookupUrl());
        var response = ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/public/dossiers/" + view.code()));
        if (outcome.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(receipt);
    }

    @Operation(summary = "Follow a dossier", description = "Status, appointment, public history and result links."
            + " A wrong personal id number gets the same 404 as an unknown code.")
    @GetMapping("/{code}")
    DossierView lookup(@PathVariable String code, @RequestParam String idNumber) {
        return dossiers.lookup(code, idNumber);
    }

    @Operation(summary = "Withdraw a dossier", description = "Ends the dossier, its clocks and its process at any stage.")
    @PostMapping("/{code}/withdrawal")
    DossierView withdraw(@PathVariable String code, @RequestBody Withdrawal withdrawal) {
        List<InvalidRequest.FieldProblem> problems = new ArrayList<>();
        if (withdrawal == null || withdrawal.idNumber() == null || withdrawal.idNumber().isBlank()) {
            problems.add(new InvalidRequest.FieldProblem("idNumber", "is required"));
        }
        if (withdrawal == null || withdrawal.reason() == null || withdrawal.reason().isBlank() || withdrawal.reason().length() > 2000) {
            problems.add(new InvalidRequest.FieldProblem("reason", "is required, at most 2000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return dossiers.withdraw(code, withdrawal.idNumber(), withdrawal.reason().trim());
    }

    @Operation(summary = "Hand in the supplement a request (form 02) asked for",
            description = "multipart/form-data: a field 'idNumber' and one file part per component, named by the component code.")
    @PostMapping(value = "/{code}/supplement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    DossierView supplement(@PathVariable String code, MultipartHttpServletRequest request) {
        refuseFilesWithoutName(request, "idNumber");
        String idNumber = request.getParameter("idNumber");
        if (idNumber == null || idNumber.isBlank()) {
            throw new InvalidRequest("idNumber", "is required");
        }
        List<PublicDossiers.File> files = new ArrayList<>();
        request.getMultiFileMap().forEach((part, list) -> list.forEach(file ->
                files.add(new PublicDossiers.File(part, file.getOriginalFilename(), file.getSize(), file::getInputStream))));
        return dossiers.supplement(code, idNumber, files);
    }

    /**
     * A component's part without a file name is a form field to the servlet container, not a file: it would be dropped
     * without a word, and the dossier registered without it.
     */
    private static void refuseFilesWithoutName(MultipartHttpServletRequest request, String field) {
        List<InvalidRequest.FieldProblem> problems = new ArrayList<>();
        try {
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() == null && part.getName() != null && !part.getName().equals(field)) {
                    problems.add(new InvalidRequest.FieldProblem(part.getName(),
                            "phần tệp không có tên tệp (filename) / the file part has no file name"));
                }
            }
        } catch (IOException | ServletException | IllegalStateException e) {
            throw new MultipartException("unreadable parts", e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }

    @Operation(summary = "The receipt and appointment slip (form 01) as PDF")
    @GetMapping(value = "/{code}/slip", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> slip(@PathVariable String code, @RequestParam String idNumber) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"phieu-hen-" + code + ".pdf\"")
                .body(dossiers.slip(code, idNumber));
    }

    @Operation(summary = "A component or result document of the dossier")
    @GetMapping("/{code}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable String documentId, @RequestParam String idNumber) {
        var document = dossiers.document(code, documentId, idNumber);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.mediaType()))
                .header("Content-Disposition", "inline; filename=\"" + document.fileName().replace("\"", "") + "\"")
                .body(document.content());
    }
}
