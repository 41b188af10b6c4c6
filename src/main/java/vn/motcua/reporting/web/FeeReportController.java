package vn.motcua.reporting.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.identity.Offices;
import vn.motcua.identity.StaffRole;
import vn.motcua.reporting.FeeReport;
import vn.motcua.reporting.FeeReports;
import vn.motcua.shared.InvalidRequest;
import vn.motcua.shared.InvalidRequest.FieldProblem;

/**
 * The fee report for supervisors and office leaders (HTTP Basic, like the engine REST API). A leader reads
 * the offices they work for; {@code office=all} means every office the reader works for.
 */
@RestController
@Tag(name = "Báo cáo / Reports")
class FeeReportController {

    private static final Set<String> READERS = Set.of(StaffRole.SUPERVISOR.groupId(), StaffRole.OFFICE_LEADER.groupId());

    private final FeeReports reports;
    private final Offices offices;
    private final IdentityService identity;

    FeeReportController(FeeReports reports, Offices offices, IdentityService identity) {
        this.reports = reports;
        this.offices = offices;
        this.identity = identity;
    }

    /** The reader may not see this report. */
    static class NotAllowed extends RuntimeException {
        NotAllowed(String message) {
            super(message);
        }
    }

    @Operation(summary = "Fees of an office (or all of yours) over a period",
            description = "Amounts by procedure and payment channel (receipts less cancellations issued in the period), fee-bearing"
                    + " dossiers, those paid and paid online (with the share), exemptions granted by category. Dates yyyy-mm-dd in"
                    + " Vietnam, both included. Supervisors (giam-sat) and leaders (lanh-dao) of the office only (403 otherwise);"
                    + " 400 names every bad parameter.")
    @GetMapping("/api/reports/fees")
    FeeReport fees(@RequestParam(required = false) String office, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        var reader = identity.getCurrentAuthentication();
        if (reader == null || reader.getGroupIds() == null || reader.getGroupIds().stream().noneMatch(READERS::contains)) {
            throw new NotAllowed("only supervisors (giam-sat) and office leaders (lanh-dao) read fee reports");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (office == null || office.isBlank()) {
            problems.add(new FieldProblem("office", "is required: an office id or all"));
        } else if (!office.equals("all") && offices.find(office).isEmpty()) {
            problems.add(new FieldProblem("office", "no office '" + office + "'"));
        }
        LocalDate start = date("from", from, problems);
        LocalDate end = date("to", to, problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new FieldProblem("to", "is before from"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        List<String> theirs = reader.getTenantIds() == null ? List.of() : reader.getTenantIds().stream().sorted().toList();
        List<String> officeIds = office.equals("all") ? theirs : List.of(office);
        if (officeIds.isEmpty() || !theirs.containsAll(officeIds)) {
            throw new NotAllowed("user '" + reader.getUserId() + "' does not work for office " + (office.equals("all") ? "any office" : office));
        }
        return reports.report(officeIds, start, end);
    }

    @ExceptionHandler(NotAllowed.class)
    ProblemDetail notAllowed(NotAllowed e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }

    private static LocalDate date(String name, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(name, "is required: a date yyyy-mm-dd"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "'" + value + "' is not a date yyyy-mm-dd"));
            return null;
        }
    }
}
