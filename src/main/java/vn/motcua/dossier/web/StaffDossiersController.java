package vn.motcua.dossier.web;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
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
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.StaffDossiers;
import vn.motcua.shared.InvalidRequest;

/** Staff actions on a dossier (HTTP Basic, like the engine REST API; staff of the dossier's office only). */
@RestController
@RequestMapping("/api/dossiers")
@Tag(name = "Hồ sơ (cán bộ) / Dossiers (staff)")
class StaffDossiersController {

    private final StaffDossiers staff;

    StaffDossiersController(StaffDossiers staff) {
        this.staff = staff;
    }

    record Rejection(String reason) {
    }

    @Operation(summary = "The dossier as staff see it",
            description = "Each component's current document, who handed it in and when, and its earlier versions (re-scans, supplements).")
    @GetMapping("/{code}")
    DossierView dossier(@PathVariable String code) {
        return staff.view(code);
    }

    @Operation(summary = "Refuse a dossier with a reason (form 03)", description = "Ends the dossier, its clocks and its process.")
    @PostMapping("/{code}/rejection")
    DossierView reject(@PathVariable String code, @RequestBody Rejection rejection) {
        if (rejection == null || rejection.reason() == null || rejection.reason().isBlank() || rejection.reason().length() > 2000) {
            throw new InvalidRequest("reason", "is required, at most 2000 characters");
        }
        return staff.reject(code, rejection.reason().trim());
    }

    @Operation(summary = "Open a component or result document of the dossier")
    @GetMapping("/{code}/documents/{documentId}")
    org.springframework.http.ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable String documentId) {
        var document = staff.document(code, documentId);
        return org.springframework.http.ResponseEntity.ok().contentType(MediaType.parseMediaType(document.mediaType()))
                .header("Content-Disposition", "inline; filename=\"" + document.fileName().replace("\"", "") + "\"")
                .body(document.content());
    }

    @Operation(summary = "Attach a scan made at the counter to a component",
            description = "The scan becomes the component's current document; a document it replaces stays in the"
                    + " component's history (earlierVersions), also when the same file is scanned again.")
    @PostMapping(value = "/{code}/components/{componentCode}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DossierView attachScan(@PathVariable String code, @PathVariable String componentCode,
            @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return staff.attachScan(code, componentCode, file.getOriginalFilename(), content);
        }
    }
}
