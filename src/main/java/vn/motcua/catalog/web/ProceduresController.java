package vn.motcua.catalog.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;

/** The public listing of procedures every centre must show. */
@RestController
@RequestMapping("/api/procedures")
class ProceduresController {

    private final ProcedureCatalog catalog;

    ProceduresController(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    record ProcedureView(String code, Procedure.Text name, Procedure.Text field, Procedure.Level level, String agencyType,
            String timeLimit, String fee, List<Procedure.Component> components, List<Procedure.Result> results,
            String retention) {

        static ProcedureView of(Procedure p) {
            return new ProcedureView(p.code(), p.name(), p.field(), p.level(), p.agencyType(), p.timeLimit().toString(),
                    p.fee(), p.components(), p.results(), p.retention().toString());
        }
    }

    @GetMapping
    List<ProcedureView> all() {
        return catalog.all().stream().map(ProcedureView::of).toList();
    }

    @GetMapping("/{code}")
    ProcedureView one(@PathVariable String code) {
        return ProcedureView.of(catalog.get(code));
    }
}
