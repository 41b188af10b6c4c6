package vn.motcua.reporting;

import java.text.Collator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.deadline.DeadlineSettings;
import vn.motcua.shared.InvalidRequest;
import vn.motcua.shared.Time;

/** The periodic report and the tallies the indicators are computed from, read from the reporting facts. */
@Service
@Transactional(readOnly = true)
public class PeriodicReports {

    static final String TOTAL = "Tổng cộng";

    private final FactStore facts;
    private final ZoneId zone;
    private final EarlyRule earlyRule;

    PeriodicReports(FactStore facts, DeadlineSettings deadlines, ReportSettings settings) {
        this.facts = facts;
        this.zone = deadlines.zone();
        this.earlyRule = settings.earlyRule();
    }

    /** The report of the period as of its end, or as of now while it runs; InvalidRequest for a period that has not begun. */
    public PeriodicReport report(ReportPeriod period) {
        Instant asOf = asOf(period);
        List<Tally> fields = tallies(period, asOf);
        return new PeriodicReport(period.officeRefs(), period.from(), period.to(), asOf.atZone(zone).toOffsetDateTime(), earlyRule,
                fields.stream().map(PeriodicReport::row).toList(), PeriodicReport.row(total(fields)));
    }

    /**
     * The instant a report of the period is as of: the start of the day after it, or now while it has not ended (a
     * month-to-date report must not count as overdue a dossier whose appointment is still to come).
     */
    Instant asOf(ReportPeriod period) {
        Instant now = Time.now();
        Instant start = period.start(zone);
        if (start.isAfter(now)) {
            throw new InvalidRequest("from", "the period has not begun: it starts on " + period.from() + ", today is "
                    + now.atZone(zone).toLocalDate() + " (kỳ báo cáo chưa bắt đầu)");
        }
        Instant end = period.end(zone);
        return end.isBefore(now) ? end : now;
    }

    /** The tallies of each field as of {@code asOf}, in Vietnamese alphabetical order of the fields. */
    List<Tally> tallies(ReportPeriod period, Instant asOf) {
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        return facts.tallies(period.officeIds(), period.start(zone), asOf, earlyRule).stream()
                .sorted(Comparator.comparing(Tally::field, vietnamese)).toList();
    }

    ZoneId zone() {
        return zone;
    }

    EarlyRule earlyRule() {
        return earlyRule;
    }

    static Tally total(List<Tally> fields) {
        return fields.stream().reduce(Tally.empty(TOTAL), (sum, t) -> sum.plus(t, TOTAL));
    }
}
