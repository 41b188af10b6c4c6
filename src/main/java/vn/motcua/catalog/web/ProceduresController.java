package vn.motcua.catalog.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.fee.Exemption;
import vn.motcua.fee.FeeRule;
import vn.motcua.fee.FeeSchedule;

/** The public listing of procedures every centre must show. */
@RestController
@RequestMapping("/api/procedures")
class ProceduresController {

    private final ProcedureCatalog catalog;

    ProceduresController(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    record ProcedureView(String code, Procedure.Text name, Procedure.Text field, Procedure.Level level, String agencyType,
            String timeLimit, Object fee, List<Procedure.Component> components, List<Procedure.Result> results,
            String retention) {

        static ProcedureView of(Procedure p) {
            return new ProcedureView(p.code(), p.name(), p.field(), p.level(), p.agencyType(), p.timeLimit().toString(),
                    FeeView.of(p.fee()), p.components(), p.results(), p.retention().toString());
        }
    }

    /**
     * The fee as procedure.yaml writes it: FREE, or the lines with their rates and exemptions and how the
     * fee-collection step collects them.
     */
    record FeeView(List<FeeLineView> lines, CollectionView collection) {

        static Object of(FeeSchedule fee) {
            return fee.isFree() ? "FREE" : new FeeView(fee.lines().stream().map(FeeLineView::of).toList(),
                    new CollectionView(fee.collection().pauseClock(), fee.collection().paymentDeadline().toString()));
        }
    }

    record CollectionView(boolean pauseClock, String paymentDeadline) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FeeLineView(String code, FeeRule.Name name, FeeRule.Fixed fixed, Long perCase, FeeRule.PerPage perPage,
            List<Exemption> exemptions) {

        static FeeLineView of(FeeRule rule) {
            return new FeeLineView(rule.code(), rule.name(), rule.rate() instanceof FeeRule.Fixed f ? f : null,
                    rule.rate() instanceof FeeRule.PerCase c ? c.vnd() : null,
                    rule.rate() instanceof FeeRule.PerPage p ? p : null, rule.exemptions());
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
