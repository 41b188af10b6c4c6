package vn.motcua.reporting.web;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.reporting.OverdueReport;
import vn.motcua.reporting.OverdueReports;

/** The overdue list for staff (HTTP Basic, like the engine REST API; only the offices the user works for). */
@RestController
@Tag(name = "Báo cáo (cán bộ) / Reports (staff)")
class OverdueController {

    private final OverdueReports reports;

    OverdueController(OverdueReports reports) {
        this.reports = reports;
    }

    @Operation(summary = "Dossiers overdue and due soon (Hồ sơ quá hạn / sắp đến hạn)", description = """
            Counts by office, procedure, field, stage and responsible group or person, one page of the dossiers and the \
            weekly on-time rate. Filters: office, field (Vietnamese or English name), stage (DOSSIER or STAGE_…), \
            procedure, group, assignee, state (overdue, due_soon). sort: overdue (default), due, received, code, office, \
            procedure; order: asc or desc; offset, limit (1–500, default 50); weeks of the chart (1–52, default 8).""")
    @GetMapping("/api/reports/overdue")
    OverdueReport overdue(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        return reports.report(parameters);
    }
}
