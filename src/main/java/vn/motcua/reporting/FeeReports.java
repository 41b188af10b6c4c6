package vn.motcua.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.fee.Exemption;
import vn.motcua.fee.PaymentChannel;
import vn.motcua.identity.Offices;

/**
 * The fee report ({@link FeeReport}) read from the fee tables (mc_fee_line, mc_receipt) and the dossiers'
 * office and procedure (mc_dossier).
 */
@Service
@Transactional(readOnly = true)
public class FeeReports {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String UNRECORDED = "UNRECORDED";
    private static final String NO_PROCEDURE = "";

    private final JdbcClient jdbc;
    private final ProcedureCatalog catalog;
    private final Offices offices;

    FeeReports(JdbcClient jdbc, ProcedureCatalog catalog, Offices offices) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.offices = offices;
    }

    /** The report of these offices from {@code from} to {@code to}, both days included. */
    public FeeReport report(List<String> officeIds, LocalDate from, LocalDate to) {
        Map<String, Object> params = Map.of("offices", officeIds,
                "from", OffsetDateTime.ofInstant(from.atStartOfDay(VIETNAM).toInstant(), ZoneOffset.UTC),
                "to", OffsetDateTime.ofInstant(to.plusDays(1).atStartOfDay(VIETNAM).toInstant(), ZoneOffset.UTC));
        Map<String, Map<String, long[]>> amounts = amounts(params);
        Map<String, long[]> dossiers = dossiers(params);
        List<FeeReport.ProcedureFees> procedures = new ArrayList<>();
        Map<String, long[]> allChannels = new TreeMap<>();
        long[] allDossiers = new long[3];
        TreeSet<String> codes = new TreeSet<>(amounts.keySet());
        codes.addAll(dossiers.keySet());
        for (String code : codes) {
            Map<String, long[]> byChannel = amounts.getOrDefault(code, Map.of());
            byChannel.forEach((channel, a) -> add(allChannels.computeIfAbsent(channel, c -> new long[4]), a));
            long[] d = dossiers.getOrDefault(code, new long[3]);
            add(allDossiers, d);
            List<FeeReport.ChannelAmounts> channels = channels(byChannel);
            procedures.add(new FeeReport.ProcedureFees(code.equals(NO_PROCEDURE) ? null : code, name(code), channels,
                    channels.stream().mapToLong(FeeReport.ChannelAmounts::netVnd).sum(), dossierCounts(d)));
        }
        List<FeeReport.ChannelAmounts> totals = channels(allChannels);
        return new FeeReport(officeIds.stream().map(id -> new FeeReport.Office(id, offices.get(id).name())).toList(), from, to,
                procedures, new FeeReport.Totals(totals, totals.stream().mapToLong(FeeReport.ChannelAmounts::collectedVnd).sum(),
                        totals.stream().mapToLong(FeeReport.ChannelAmounts::cancelledVnd).sum(),
                        totals.stream().mapToLong(FeeReport.ChannelAmounts::netVnd).sum(), dossierCounts(allDossiers)),
                exemptions(params));
    }

    /** procedure → channel → {receipts, collected, cancellations, cancelled}, from the receipts issued in the period. */
    private Map<String, Map<String, long[]>> amounts(Map<String, Object> params) {
        Map<String, Map<String, long[]>> amounts = new TreeMap<>();
        jdbc.sql("""
                select coalesce(d.procedure_code, '') as procedure_code, coalesce(r.payment_channel, 'UNRECORDED') as channel,
                       case when r.cancels is null then 0 else 1 end as cancellation, count(*) as receipts, sum(r.amount_vnd) as vnd
                from mc_receipt r left join mc_dossier d on d.code = r.dossier_code
                where r.office_id in (:offices) and r.issued_at >= :from and r.issued_at < :to
                group by coalesce(d.procedure_code, ''), coalesce(r.payment_channel, 'UNRECORDED'),
                         case when r.cancels is null then 0 else 1 end""")
                .params(params)
                .query(rs -> {
                    long[] a = amounts.computeIfAbsent(rs.getString("procedure_code"), p -> new TreeMap<>())
                            .computeIfAbsent(rs.getString("channel"), c -> new long[4]);
                    int at = rs.getInt("cancellation") == 0 ? 0 : 2;
                    a[at] += rs.getLong("receipts");
                    a[at + 1] += rs.getLong("vnd");
                });
        return amounts;
    }

    /** procedure → {fee-bearing, paid, paid online}, for the dossiers whose fee lines were recorded in the period. */
    private Map<String, long[]> dossiers(Map<String, Object> params) {
        Map<String, long[]> dossiers = new TreeMap<>();
        String valid = "select 1 from mc_receipt r where r.dossier_code = t.dossier_code and r.cancels is null"
                + " and not exists (select 1 from mc_receipt c where c.cancels = r.id)";
        jdbc.sql("""
                select t.procedure_code, count(*) as fee_bearing,
                       sum(case when exists (%s) then 1 else 0 end) as paid,
                       sum(case when exists (%s and r.payment_channel = 'ONLINE') then 1 else 0 end) as paid_online
                from (select d.procedure_code, f.dossier_code
                      from mc_fee_line f join mc_dossier d on d.code = f.dossier_code
                      where d.office_id in (:offices)
                      group by d.procedure_code, f.dossier_code
                      having min(f.recorded_at) >= :from and min(f.recorded_at) < :to and sum(f.amount_vnd) > 0) t
                group by t.procedure_code""".formatted(valid, valid))
                .params(params)
                .query(rs -> {
                    dossiers.put(rs.getString("procedure_code"),
                            new long[] {rs.getLong("fee_bearing"), rs.getLong("paid"), rs.getLong("paid_online")});
                });
        return dossiers;
    }

    private List<FeeReport.ExemptionsGranted> exemptions(Map<String, Object> params) {
        return jdbc.sql("""
                select f.exemption, count(distinct f.dossier_code) as dossiers, count(*) as lines
                from mc_fee_line f join mc_dossier d on d.code = f.dossier_code
                where d.office_id in (:offices) and f.exemption is not null and f.recorded_at >= :from and f.recorded_at < :to
                group by f.exemption order by f.exemption""")
                .params(params)
                .query((rs, n) -> new FeeReport.ExemptionsGranted(rs.getString("exemption"), label(rs.getString("exemption")),
                        rs.getLong("dossiers"), rs.getLong("lines")))
                .list();
    }

    private static List<FeeReport.ChannelAmounts> channels(Map<String, long[]> byChannel) {
        return byChannel.entrySet().stream().sorted(Comparator.comparing(e -> order(e.getKey())))
                .map(e -> new FeeReport.ChannelAmounts(e.getKey(), channelLabel(e.getKey()), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2], e.getValue()[3], e.getValue()[1] - e.getValue()[3]))
                .toList();
    }

    private static FeeReport.Dossiers dossierCounts(long[] d) {
        Double percent = d[0] == 0 ? null
                : BigDecimal.valueOf(d[2] * 100).divide(BigDecimal.valueOf(d[0]), 1, RoundingMode.HALF_UP).doubleValue();
        return new FeeReport.Dossiers(d[0], d[1], d[2], percent);
    }

    private String name(String code) {
        if (code.equals(NO_PROCEDURE)) {
            return "Không rõ thủ tục";
        }
        return catalog.find(code).map(p -> p.name().vi()).orElse(code);
    }

    private static int order(String channel) {
        return channel.equals(UNRECORDED) ? 99 : PaymentChannel.valueOf(channel).ordinal();
    }

    private static String channelLabel(String channel) {
        return channel.equals(UNRECORDED) ? "Chưa ghi nhận kênh" : PaymentChannel.valueOf(channel).label();
    }

    private static String label(String exemption) {
        try {
            return Exemption.valueOf(exemption).label();
        } catch (IllegalArgumentException e) {
            return exemption;
        }
    }

    private static void add(long[] sum, long[] more) {
        for (int i = 0; i < more.length; i++) {
            sum[i] += more[i];
        }
    }
}
