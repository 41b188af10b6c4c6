package vn.motcua.reporting.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.reporting.HistoricalImport;
import vn.motcua.reporting.ImportJob;
import vn.motcua.shared.InvalidRequest;
import vn.motcua.shared.NotFound;

/** Imports of past dossiers from an older system, for supervisors and office leaders, into their own offices. */
@RestController
@RequestMapping("/api/import/dossiers")
@Tag(name = "Nhập hồ sơ cũ / Historical import")
class ImportController {

    private static final String DESCRIPTION = "CSV (UTF-8) with the header code,office,procedure,field,channel,received,appointment,"
            + "finished,status,fee,paidOnline (any order). 202 with the import job; follow it at the Location until status is DONE:"
            + " processed/total, imported, alreadyPresent, rejected and the rejected rows with line, field and reason.";

    private final StaffScope scope;
    private final HistoricalImport imports;

    ImportController(StaffScope scope, HistoricalImport imports) {
        this.scope = scope;
        this.imports = imports;
    }

    @Operation(summary = "Import past dossiers (multipart part 'file')", description = DESCRIPTION)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJob> upload(@RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidRequest("file", "is required: a CSV file");
        }
        try (InputStream content = file.getInputStream()) {
            return started(content, file.getOriginalFilename());
        }
    }

    @Operation(summary = "Import past dossiers (body text/csv)", description = DESCRIPTION)
    @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<ImportJob> csv(HttpServletRequest request) throws IOException {
        try (InputStream content = request.getInputStream()) {
            return started(content, null);
        }
    }

    private ResponseEntity<ImportJob> started(InputStream content, String fileName) {
        var staff = scope.current();
        var job = imports.start(staff.userId(), staff.offices(), fileName, content);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/import/dossiers/" + job.id())).body(job);
    }

    @Operation(summary = "Follow an import: its progress and the rows it did not import")
    @GetMapping("/{id}")
    ImportJob job(@PathVariable String id) {
        var staff = scope.current();
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("no import " + id);
        }
        return imports.job(uuid, staff.userId()).orElseThrow(() -> new NotFound("no import " + id + " of yours"));
    }
}
