package vn.motcua.reporting.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.reporting.IndicatorReport;
import vn.motcua.reporting.Indicators;
import vn.motcua.reporting.PeriodicReports;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.shared.InvalidRequest;

/** The periodic report (JSON, CSV, XLSX) and the national indicators, for supervisors and office leaders. */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Báo cáo / Reports")
class ReportsController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final StaffScope scope;
    private final PeriodicReports reports;
    private final Indicators indicators;

    ReportsController(StaffScope scope, PeriodicReports reports, Indicators indicators) {
        this.scope = scope;
        this.reports = reports;
        this.indicators = indicators;
    }

    @Operation(summary = "Periodic report (Circular 01/2020 form II.06a and one-stop additions)",
            description = "office: an office code (000.00.21.H56) or id, or 'all' (every office of yours); from, to: days (yyyy-MM-dd),"
                    + " both included; format: json (default), csv (UTF-8 with BOM) or xlsx. See the README's 'Reports' for the definitions.")
    @GetMapping("/periodic")
    ResponseEntity<?> periodic(@RequestParam(required = false) String office, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false, defaultValue = "json") String format) {
        List<InvalidRequest.FieldProblem> problems = new ArrayList<>();
        if (!List.of("json", "csv", "xlsx").contains(format)) {
            problems.add(new InvalidRequest.FieldProblem("format", "must be json, csv or xlsx"));
        }
        var period = period(office, from, to, problems);
        var report = reports.report(period);
        String name = "bao-cao-" + period.from() + "-" + period.to();
        return switch (format) {
            case "csv" -> download(CSV, name + ".csv", PeriodicReportCsv.write(report));
            case "xlsx" -> download(XLSX, name + ".xlsx", PeriodicReportXlsx.write(report));
            default -> ResponseEntity.ok(report);
        };
    }

    @Operation(summary = "Decision 766 indicators the centre's data can compute",
            description = "Progress, online payment, digitisation and satisfaction, each with its score, maximum, formula and inputs.")
    @GetMapping("/indicators")
    IndicatorReport indicators(@RequestParam(required = false) String office, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return indicators.of(period(office, from, to, new ArrayList<>()));
    }

    private ReportPeriod period(String office, String from, String to, List<InvalidRequest.FieldProblem> problems) {
        var staff = scope.current();
        var offices = scope.offices(staff, office, problems);
        LocalDate start = day("from", from, problems);
        LocalDate end = day("to", to, problems);
        if (start != null && end != null && start.isAfter(end)) {
            problems.add(new InvalidRequest.FieldProblem("to", "must not be before from"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return new ReportPeriod(offices, start, end);
    }

    private static LocalDate day(String name, String value, List<InvalidRequest.FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new InvalidRequest.FieldProblem(name, "is required: a day, yyyy-MM-dd"));
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (day.getYear() < 2000 || day.getYear() > 2099) {
                problems.add(new InvalidRequest.FieldProblem(name, "must lie in 2000..2099"));
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            problems.add(new InvalidRequest.FieldProblem(name, "'" + value + "' is not a day (yyyy-MM-dd)"));
            return null;
        }
    }

    private static ResponseEntity<byte[]> download(MediaType type, String fileName, byte[] content) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}
