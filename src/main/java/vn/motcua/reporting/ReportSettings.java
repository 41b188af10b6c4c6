package vn.motcua.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the reports ({@code motcua.reports.*}).
 *
 * @param dueSoon when a running clock counts as due soon on the overdue list: {@code WD:n} until the closing time of
 *                the n-th working day after today, {@code WH:n} within n hours of office time from now
 * @param chartWeeks how many weeks the on-time chart shows unless the request says otherwise
 * @param earlyRule  which resolved dossiers the periodic report and the indicators count as early rather than on time
 */
@ConfigurationProperties("motcua.reports")
public record ReportSettings(String dueSoon, Integer chartWeeks, EarlyRule earlyRule) {

    public ReportSettings {
        dueSoon = dueSoon == null ? "WD:1" : dueSoon;
        chartWeeks = chartWeeks == null ? 8 : chartWeeks;
        earlyRule = earlyRule == null ? EarlyRule.BEFORE_APPOINTMENT_DAY : earlyRule;
    }
}
