package vn.motcua.catalog.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.fee.Channel;
import vn.motcua.fee.Exemption;
import vn.motcua.fee.FeeCalculator;
import vn.motcua.fee.FeeQuote;
import vn.motcua.fee.FeeRequest;
import vn.motcua.fee.FeeRule;
import vn.motcua.shared.InvalidRequest;
import vn.motcua.shared.InvalidRequest.FieldProblem;

/**
 * What a dossier of a procedure would cost, before the applicant submits it. Here rather than in the
 * fee module because it joins the catalogue (which depends on fee) with the calculator.
 */
@RestController
class ProcedureFeeController {

    private final ProcedureCatalog catalog;

    ProcedureFeeController(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    record FeePreview(String procedure, Channel channel, List<Line> lines, long total, String totalInWords) {
    }

    /** @param exemption the category that waived the line, or null; exemptionLabel its Vietnamese name */
    record Line(String code, FeeRule.Name name, long amount, Exemption exemption, String exemptionLabel) {

        static Line of(FeeQuote.Line line) {
            return new Line(line.code(), line.name(), line.amount(), line.exemption(),
                    line.exemption() == null ? null : line.exemption().label());
        }
    }

    @GetMapping("/api/procedures/{code}/fee")
    FeePreview preview(@PathVariable String code, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String pages, @RequestParam(required = false) String copies,
            @RequestParam(required = false) String cases, @RequestParam(name = "exemption", required = false) List<String> exemptions) {
        Procedure procedure = catalog.get(code);
        List<FieldProblem> problems = new ArrayList<>();
        Channel ch = channel(channel, problems);
        int pageCount = count("pages", pages, problems);
        int copyCount = count("copies", copies, problems);
        int caseCount = count("cases", cases, problems);
        Set<Exemption> claimed = exemptions(exemptions, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        FeeQuote quote = FeeCalculator.quote(procedure.fee(), new FeeRequest(ch, pageCount, copyCount, caseCount, claimed));
        return new FeePreview(procedure.code(), ch, quote.lines().stream().map(Line::of).toList(), quote.total(), quote.totalInWords());
    }

    private static Channel channel(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem("channel", "is required: one of ONLINE, COUNTER, POSTAL"));
            return null;
        }
        try {
            return Channel.valueOf(value);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("channel", "'" + value + "' is not one of ONLINE, COUNTER, POSTAL"));
            return null;
        }
    }

    /** A count of at least 1; 1 when not given. */
    private static int count(String name, String value, List<FieldProblem> problems) {
        if (value == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= 100_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(name, "'" + value + "' is not a whole number from 1 to 100000"));
        return 1;
    }

    private static Set<Exemption> exemptions(List<String> values, List<FieldProblem> problems) {
        Set<Exemption> claimed = EnumSet.noneOf(Exemption.class);
        for (String value : values == null ? List.<String>of() : values) {
            try {
                claimed.add(Exemption.valueOf(value));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("exemption", "'" + value + "' is not one of "
                        + Arrays.stream(Exemption.values()).map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        return claimed;
    }
}
