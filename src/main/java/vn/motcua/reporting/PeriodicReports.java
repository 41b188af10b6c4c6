package vn.motcua.reporting;

import java.text.Collator;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.deadline.DeadlineSettings;

/** The periodic report and the tallies the indicators are computed from, read from the reporting facts. */
@Service
@Transactional(readOnly = true)
public class PeriodicReports {

    static final String TOTAL = "Tổng cộng";

    private final FactStore facts;
    private final ZoneId zone;

    PeriodicReports(FactStore facts, DeadlineSettings deadlines) {
        this.facts = facts;
        this.zone = deadlines.zone();
    }

    public PeriodicReport report(ReportPeriod period) {
        List<Tally> fields = tallies(period);
        return new PeriodicReport(period.officeRefs(), period.from(), period.to(), fields.stream().map(PeriodicReport::row).toList(),
                PeriodicReport.row(total(fields)));
    }

    /** The tallies of each field, in Vietnamese alphabetical order of the fields. */
    List<Tally> tallies(ReportPeriod period) {
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        return facts.tallies(period.officeIds(), period.start(zone), period.end(zone)).stream()
                .sorted(Comparator.comparing(Tally::field, vietnamese)).toList();
    }

    static Tally total(List<Tally> fields) {
        return fields.stream().reduce(Tally.empty(TOTAL), (sum, t) -> sum.plus(t, TOTAL));
    }
}
