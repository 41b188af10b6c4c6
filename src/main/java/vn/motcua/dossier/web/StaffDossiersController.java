package vn.motcua.dossier.web;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.dossier.PublicDossiers;
import vn.motcua.dossier.StaffDossiers;
import vn.motcua.shared.InvalidRequest;

/** Staff actions on a dossier (HTTP Basic, like the engine REST API; staff of the dossier's office only). */
@RestController
@RequestMapping("/api/dossiers")
@Tag(name = "Hồ sơ (cán bộ) / Dossiers (staff)")
class StaffDossiersController {

    private final StaffDossiers staff;
    private final PublicDossiers views;

    StaffDossiersController(StaffDossiers staff, PublicDossiers views) {
        this.staff = staff;
        this.views = views;
    }

    record Rejection(String reason) {
    }

    @Operation(summary = "Refuse a dossier with a reason (form 03)", description = "Ends the dossier, its clocks and its process.")
    @PostMapping("/{code}/rejection")
    vn.motcua.dossier.DossierView reject(@PathVariable String code, @RequestBody Rejection rejection) {
        if (rejection == null || rejection.reason() == null || rejection.reason().isBlank() || rejection.reason().length() > 2000) {
            throw new InvalidRequest("reason", "is required, at most 2000 characters");
        }
        var dossier = staff.reject(code, rejection.reason().trim());
        return views.lookup(dossier.code(), dossier.applicant().idNumber().value());
    }

    @Operation(summary = "Open a component or result document of the dossier")
    @org.springframework.web.bind.annotation.GetMapping("/{code}/documents/{documentId}")
    org.springframework.http.ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable String documentId) {
        var document = staff.document(code, documentId);
        return org.springframework.http.ResponseEntity.ok().contentType(MediaType.parseMediaType(document.mediaType()))
                .header("Content-Disposition", "inline; filename=\"" + document.fileName().replace("\"", "") + "\"")
                .body(document.content());
    }

    @Operation(summary = "Attach a scan made at the counter to a component")
    @PostMapping(value = "/{code}/components/{componentCode}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    vn.motcua.dossier.DossierView attachScan(@PathVariable String code, @PathVariable String componentCode,
            @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            var dossier = staff.attachScan(code, componentCode, file.getOriginalFilename(), content);
            return views.lookup(dossier.code(), dossier.applicant().idNumber().value());
        }
    }
}
