package vn.motcua.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import vn.motcua.identity.Office;

/**
 * What a report covers: some offices and the whole days {@code from}..{@code to} in the offices' zone, i.e.
 * the instants [start of {@code from}, start of the day after {@code to}).
 */
public record ReportPeriod(List<Office> offices, LocalDate from, LocalDate to) {

    public ReportPeriod {
        offices = List.copyOf(offices);
        if (offices.isEmpty()) {
            throw new IllegalArgumentException("a report covers at least one office");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("a period ends (" + to + ") on or after its start (" + from + ")");
        }
    }

    Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    List<String> officeIds() {
        return offices.stream().map(Office::id).toList();
    }

    List<PeriodicReport.OfficeRef> officeRefs() {
        return offices.stream().map(o -> new PeriodicReport.OfficeRef(o.id(), o.code(), o.name())).toList();
    }
}
