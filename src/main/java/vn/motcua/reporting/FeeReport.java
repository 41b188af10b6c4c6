package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * Fees and charges of one or more offices over a period (dates in Vietnam, both included). Amounts are the
 * electronic receipts issued in the period, by procedure and payment channel (ONLINE through the gateway,
 * COUNTER at the one-stop counter), less the cancellations issued in the period. A fee-bearing dossier is one
 * whose fee lines, recorded in the period, total more than 0; it counts as paid (online) when it has a receipt
 * (of an online payment) that was not cancelled. Exemptions are the fee lines waived in the period.
 */
public record FeeReport(List<Office> offices, LocalDate from, LocalDate to, List<ProcedureFees> procedures, Totals totals,
        List<ExemptionsGranted> exemptions) {

    public record Office(String id, String name) {
    }

    /** @param code null for receipts of dossiers the centre has no record of */
    public record ProcedureFees(String code, String name, List<ChannelAmounts> channels, long netVnd, Dossiers dossiers) {
    }

    /** @param channel ONLINE, COUNTER, or UNRECORDED for receipts issued before the channel was recorded */
    public record ChannelAmounts(String channel, String label, long receipts, long collectedVnd, long cancellations,
            long cancelledVnd, long netVnd) {
    }

    /**
     * @param paidOnlinePercent paidOnline out of feeBearing, in percent with one decimal (the national indicator
     *                          "dossiers paid online"); null when no dossier bore a fee
     */
    public record Dossiers(long feeBearing, long paid, long paidOnline, Double paidOnlinePercent) {
    }

    public record Totals(List<ChannelAmounts> channels, long collectedVnd, long cancelledVnd, long netVnd, Dossiers dossiers) {
    }

    public record ExemptionsGranted(String exemption, String label, long dossiers, long lines) {
    }
}
