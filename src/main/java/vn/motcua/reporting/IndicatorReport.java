package vn.motcua.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The groups of the Decision 766/QĐ-TTg index that the centre's own data can compute, for some offices and
 * a period, each with its score, maximum, the inputs it was computed from and how.
 *
 * @param asOf      the instant the inputs are as of, as in {@link PeriodicReport#asOf()}
 * @param earlyRule which resolved dossiers the progress inputs count as early
 * @param score     the sum of the computed groups' scores
 * @param maximum   the sum of the computed groups' maxima (the full index is 100)
 */
public record IndicatorReport(List<PeriodicReport.OfficeRef> offices, LocalDate from, LocalDate to, OffsetDateTime asOf,
        EarlyRule earlyRule, Double score, int maximum, List<Group> groups, List<NotComputed> notComputed) {

    public IndicatorReport {
        offices = List.copyOf(offices);
        groups = List.copyOf(groups);
        notComputed = List.copyOf(notComputed);
    }

    /**
     * One group of the index.
     *
     * @param score null when the period has no dossier the group is measured on
     */
    public record Group(String code, String name, Double score, int maximum, String formula, Map<String, Object> inputs) {
    }

    /** A group of the index this system has no data for, and why. */
    public record NotComputed(String code, String name, int maximum, String reason) {
    }
}
