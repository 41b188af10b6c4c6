package vn.motcua.fee;

import java.util.ArrayList;
import java.util.List;

/** Applies a procedure's fee rules to a request. Pure: no Spring, no database. */
public final class FeeCalculator {

    private FeeCalculator() {
    }

    /**
     * One line per rule: 0 with the exemption when the rule lists one the applicant claims,
     * otherwise the rule's amount for the channel, pages, copies and cases.
     */
    public static FeeQuote quote(FeeSchedule schedule, FeeRequest request) {
        List<FeeQuote.Line> lines = new ArrayList<>();
        long total = 0;
        for (FeeRule rule : schedule.lines()) {
            Exemption exemption = rule.exemptionFor(request.claimed());
            long amount = exemption != null ? 0 : rule.rate().amount(request);
            lines.add(new FeeQuote.Line(rule.code(), rule.name(), amount, exemption));
            total = Math.addExact(total, amount);
        }
        return new FeeQuote(lines, total);
    }
}
