package vn.motcua.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the overdue list ({@code motcua.reports.*}).
 *
 * @param dueSoon when a running clock counts as due soon: {@code WD:n} until the closing time of the n-th
 *                working day after today, {@code WH:n} within n hours of office time from now
 * @param chartWeeks how many weeks the on-time chart shows unless the request says otherwise
 */
@ConfigurationProperties("motcua.reports")
public record OverdueSettings(String dueSoon, Integer chartWeeks) {

    public OverdueSettings {
        dueSoon = dueSoon == null ? "WD:1" : dueSoon;
        chartWeeks = chartWeeks == null ? 8 : chartWeeks;
    }
}
