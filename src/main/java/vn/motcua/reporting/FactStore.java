package vn.motcua.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reporting facts in {@code mc_report_dossier}: one row per dossier, and the period query over them. */
@Repository
class FactStore {

    /**
     * How far before a period the reports look for dossiers by their receipt: one open for longer (or still
     * open) is flagged long-running and found through its own index instead. Storage layout, not policy:
     * changing it needs the flag recomputed.
     */
    static final Duration LOOK_BACK = Duration.ofDays(45);
    /** alive_until of an open dossier. */
    static final Instant OPEN = Instant.parse("9999-12-31T00:00:00Z");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    FactStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    private static final String INSERT = """
            insert into mc_report_dossier (code, office_id, procedure_code, field, channel, status, received_at, due_at,
                due_day_starts_at, late_at, finished_at, alive_until, long_running, fee_bearing, paid_online, digitised, reused,
                electronic_result, apology_at, supplement_requests, supplement_from, supplement_until, imported)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    void insert(Fact fact) {
        template.update(INSERT, values(fact));
    }

    /** Inserts the facts in one JDBC batch. */
    void insertAll(List<Fact> facts) {
        template.batchUpdate(INSERT, facts.stream().map(FactStore::values).toList());
    }

    private static Object[] values(Fact f) {
        return new Object[] {f.code(), f.officeId(), f.procedureCode(), f.field(), f.channel(), f.status(), at(f.receivedAt()),
                at(f.dueAt()), at(f.dueDayStartsAt()), at(f.lateAt()), at(f.finishedAt()), at(aliveUntil(f.finishedAt())),
                longRunning(f.receivedAt(), f.finishedAt()), f.feeBearing(), f.paidOnline(), f.digitised(), f.reused(),
                f.electronicResult(), at(f.apologyAt()), f.supplementRequests(), at(f.supplementFrom()), at(f.supplementUntil()),
                f.imported()};
    }

    /** Removes an imported row whose code a live dossier now takes (the live dossier wins). */
    boolean removeImported(String code) {
        return jdbc.sql("delete from mc_report_dossier where code = ? and imported").param(code).update() > 0;
    }

    Optional<Fact> find(String code) {
        return jdbc.sql("select * from mc_report_dossier where code = ?").param(code).query((rs, n) -> new Fact(rs.getString("code"),
                rs.getString("office_id"), rs.getString("procedure_code"), rs.getString("field"), rs.getString("channel"),
                rs.getString("status"), instant(rs, "received_at"), instant(rs, "due_at"), instant(rs, "due_day_starts_at"),
                instant(rs, "late_at"), instant(rs, "finished_at"), rs.getBoolean("fee_bearing"), rs.getBoolean("paid_online"),
                rs.getBoolean("digitised"), rs.getBoolean("reused"), rs.getBoolean("electronic_result"), instant(rs, "apology_at"),
                rs.getInt("supplement_requests"), instant(rs, "supplement_from"), instant(rs, "supplement_until"), rs.getBoolean("imported")))
                .optional();
    }

    void delete(String code) {
        jdbc.sql("delete from mc_report_dossier where code = ?").param(code).update();
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from mc_report_dossier where code = ?").param(code).query(Long.class).single() > 0;
    }

    /** The codes among {@code codes} that have a row already. */
    Set<String> existing(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select code from mc_report_dossier where code in (:codes)").param("codes", codes)
                .query(String.class).list());
    }

    void status(String code, String status, Instant at, boolean ends) {
        if (ends) {
            jdbc.sql("""
                    update mc_report_dossier set status = ?, finished_at = ?, alive_until = ?,
                        long_running = case when received_at < ? then true else false end
                    where code = ?""")
                    .params(status, at(at), at(at), at(at.minus(LOOK_BACK)), code).update();
        } else {
            jdbc.sql("update mc_report_dossier set status = ? where code = ?").params(status, code).update();
        }
    }

    void clock(String code, Instant dueAt, Instant dueDayStartsAt, Instant lateAt, Instant apologyAt, int supplementRequests,
            Instant supplementFrom, Instant supplementUntil) {
        jdbc.sql("""
                update mc_report_dossier set due_at = ?, due_day_starts_at = ?, late_at = ?, apology_at = ?, supplement_requests = ?,
                    supplement_from = ?, supplement_until = ?
                where code = ?""")
                .params(at(dueAt), at(dueDayStartsAt), at(lateAt), at(apologyAt), supplementRequests, at(supplementFrom),
                        at(supplementUntil), code)
                .update();
    }

    void componentAdded(String code, boolean reused) {
        jdbc.sql("update mc_report_dossier set digitised = true, reused = (reused or ?) where code = ?").params(reused, code).update();
    }

    void resultIssued(String code) {
        jdbc.sql("update mc_report_dossier set electronic_result = true where code = ? and not electronic_result").param(code).update();
    }

    void feeBearing(String code, boolean feeBearing) {
        jdbc.sql("update mc_report_dossier set fee_bearing = ? where code = ?").params(feeBearing, code).update();
    }

    void paidOnline(String code) {
        jdbc.sql("update mc_report_dossier set paid_online = true, fee_bearing = true where code = ?").param(code).update();
    }

    void rating(String code, String rating) {
        jdbc.sql("update mc_report_dossier set rating = ? where code = ?").params(rating, code).update();
    }

    /**
     * The tallies of each field over the dossiers of the offices that lived in [from, to): received in it, or
     * received before and not ended before it; {@code to} is the instant the report is as of (the end of the period,
     * or now while it runs), and whatever depends on the end of the period is judged at it. A resolved dossier is
     * early by {@code early}. Three disjoint index ranges find them: ended dossiers received
     * since {@code from - LOOK_BACK}, the long-running ended rest, and the open ones. The instants are written
     * into the SQL as literals (they come from dates and the clock, never from user text): with bind parameters
     * PostgreSQL may switch to a generic plan that scans every receipt before the period.
     */
    List<Tally> tallies(Collection<String> officeIds, Instant from, Instant to, EarlyRule early) {
        String f = literal(from);
        String t = literal(to);
        String lookBack = literal(from.minus(LOOK_BACK));
        String open = literal(OPEN);
        String ended = ("""
                select field,
                    count(*) filter (where received_at >= :from and channel = 'ONLINE') as received_online,
                    count(*) filter (where received_at >= :from and channel <> 'ONLINE') as received_counter,
                    count(*) filter (where received_at < :from) as carried_over,
                    count(*) filter (where finished_at < :to and status in ('FINISHED', 'REJECTED', 'RETURNED')) as resolved,
                    count(*) filter (where finished_at < :to and status in ('FINISHED', 'REJECTED', 'RETURNED')
                        and (finished_at > due_at or apology_at is not null)) as resolved_overdue,
                    count(*) filter (where finished_at < :to and status in ('FINISHED', 'REJECTED', 'RETURNED')
                        and not (finished_at > due_at or apology_at is not null) and finished_at < :earlyBefore) as resolved_early,
                    count(*) filter (where finished_at < :to and status in ('REJECTED', 'RETURNED')) as rejected,
                    count(*) filter (where finished_at < :to and status = 'WITHDRAWN') as withdrawn,
                    count(*) filter (where finished_at >= :to) as in_process,
                    count(*) filter (where finished_at >= :to and (late_at < :to or apology_at < :to)) as in_process_overdue,
                    count(*) filter (where finished_at >= :to and supplement_from < :to
                        and (supplement_until is null or supplement_until >= :to)) as awaiting_supplement,
                    count(*) filter (where apology_at >= :from and apology_at < :to) as apology_letters,
                    count(*) filter (where received_at >= :from and fee_bearing) as fee_bearing,
                    count(*) filter (where received_at >= :from and paid_online) as paid_online,
                    count(*) filter (where received_at >= :from and digitised) as digitised,
                    count(*) filter (where received_at >= :from and reused) as reused,
                    count(*) filter (where finished_at < :to and status = 'FINISHED') as finished,
                    count(*) filter (where finished_at < :to and status = 'FINISHED' and electronic_result) as electronic_results,
                    count(*) filter (where supplement_requests > 1 and (finished_at >= :to and not (late_at < :to or apology_at < :to)
                        or finished_at < :to and status in ('FINISHED', 'REJECTED', 'RETURNED')
                            and not (finished_at > due_at or apology_at is not null))) as timely_repeated_supplement,
                    count(*) filter (where finished_at < :to and rating = 'RAT_HAI_LONG') as rated_very_satisfied,
                    count(*) filter (where finished_at < :to and rating = 'HAI_LONG') as rated_satisfied,
                    count(*) filter (where finished_at < :to and rating = 'CHAP_NHAN_DUOC') as rated_acceptable,
                    count(*) filter (where finished_at < :to and rating = 'KHONG_HAI_LONG') as rated_dissatisfied
                from (
                    select * from mc_report_dossier
                    where office_id in (:offices) and received_at >= :lookBack and received_at < :to
                        and alive_until >= :from and alive_until < :open
                    union all
                    select * from mc_report_dossier
                    where office_id in (:offices) and long_running = true and alive_until >= :from and alive_until < :open
                        and received_at < :lookBack
                ) d
                group by field""");
        // open dossiers: in process at the end of the period, never resolved, withdrawn or rated
        String stillOpen = """
                select field,
                    count(*) filter (where received_at >= :from and channel = 'ONLINE') as received_online,
                    count(*) filter (where received_at >= :from and channel <> 'ONLINE') as received_counter,
                    count(*) filter (where received_at < :from) as carried_over,
                    0 as resolved, 0 as resolved_overdue, 0 as resolved_early, 0 as rejected, 0 as withdrawn,
                    count(*) as in_process,
                    count(*) filter (where late_at < :to or apology_at < :to) as in_process_overdue,
                    count(*) filter (where supplement_from < :to and (supplement_until is null or supplement_until >= :to)) as awaiting_supplement,
                    count(*) filter (where apology_at >= :from and apology_at < :to) as apology_letters,
                    count(*) filter (where received_at >= :from and fee_bearing) as fee_bearing,
                    count(*) filter (where received_at >= :from and paid_online) as paid_online,
                    count(*) filter (where received_at >= :from and digitised) as digitised,
                    count(*) filter (where received_at >= :from and reused) as reused,
                    0 as finished, 0 as electronic_results,
                    count(*) filter (where supplement_requests > 1 and not (late_at < :to or apology_at < :to)) as timely_repeated_supplement,
                    0 as rated_very_satisfied, 0 as rated_satisfied, 0 as rated_acceptable, 0 as rated_dissatisfied
                from mc_report_dossier
                where office_id in (:offices) and long_running = true and alive_until = :open and received_at < :to
                group by field""";
        Map<String, Tally> byField = new LinkedHashMap<>();
        for (String sql : List.of(ended, stillOpen)) {
            String query = sql.replace(":from", f).replace(":to", t).replace(":lookBack", lookBack).replace(":open", open)
                    .replace(":earlyBefore", early.column());
            jdbc.sql(query).param("offices", officeIds).query(FactStore::tally).list()
                    .forEach(tally -> byField.merge(tally.field(), tally, (a, b) -> a.plus(b, a.field())));
        }
        return List.copyOf(byField.values());
    }

    private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxxx");

    /** A timestamp literal both PostgreSQL and H2 read. */
    private static String literal(Instant instant) {
        return "timestamp with time zone '" + LITERAL.format(instant.atOffset(ZoneOffset.UTC)) + "'";
    }

    private static Tally tally(ResultSet rs, int n) throws SQLException {
        return new Tally(rs.getString("field"), rs.getLong("received_online"), rs.getLong("received_counter"),
                rs.getLong("carried_over"), rs.getLong("resolved"), rs.getLong("resolved_early"), rs.getLong("resolved_overdue"),
                rs.getLong("in_process"), rs.getLong("in_process_overdue"), rs.getLong("rejected"), rs.getLong("withdrawn"),
                rs.getLong("awaiting_supplement"), rs.getLong("apology_letters"), rs.getLong("fee_bearing"), rs.getLong("paid_online"),
                rs.getLong("digitised"), rs.getLong("reused"), rs.getLong("finished"), rs.getLong("electronic_results"),
                rs.getLong("timely_repeated_supplement"), new Tally.Ratings(rs.getLong("rated_very_satisfied"),
                        rs.getLong("rated_satisfied"), rs.getLong("rated_acceptable"), rs.getLong("rated_dissatisfied")));
    }

    /** The codes of live dossiers that have no row yet (written before this module kept facts). */
    List<String> liveDossiersWithoutFacts(int limit) {
        return jdbc.sql("""
                select d.code from mc_dossier d where not exists (select 1 from mc_report_dossier f where f.code = d.code)
                order by d.code fetch first ? rows only""").param(limit).query(String.class).list();
    }

    static boolean longRunning(Instant receivedAt, Instant finishedAt) {
        return finishedAt == null || receivedAt.isBefore(finishedAt.minus(LOOK_BACK));
    }

    private static Instant aliveUntil(Instant finishedAt) {
        return finishedAt == null ? OPEN : finishedAt;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
