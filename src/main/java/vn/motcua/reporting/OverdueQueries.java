package vn.motcua.reporting;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

/**
 * The reads behind the overdue list. Reporting is a read model: these queries read this module's
 * {@code mc_dossier_watch} (one row per open dossier: office, procedure, earliest due instants of its running clocks,
 * holders) and {@code mc_dossier_holder}, the deadline module's {@code mc_clock} and the dossier module's
 * {@code mc_dossier} in the database, because a province-wide list must be answered in a few round trips, not
 * assembled dossier by dossier through each module's API (see docs/benchmarks.md, "Overdue list"). The database counts
 * and pages; only the counts and one page of dossiers travel. They only read.
 *
 * <p>{@link #list} is one statement: the listed dossiers that pass the request's filters ({@code f}: from the watch,
 * or for one stage from that stage's clocks), their counts per office, procedure, holders and state, the counts of
 * their listed clocks per stage, and the page(s).
 */
@Repository
class OverdueQueries {

    /**
     * The listed clocks, as {@code dossier, clock_key, due_at, counted_overdue, overdue} (1 or 0): running, due before
     * the office's due-soon limit or counted overdue. Supplement clocks (SUPPLEMENT-n) time the applicant, not the
     * staff: never on the list. The first part is a range scan of the index of V18 on (state, due_at, ...) without
     * reading the table; the second finds the few clocks counted overdue after an apology and due further ahead.
     */
    private static final String LISTED_CLOCKS = """
            select c.dossier, c.clock_key, c.due_at, c.counted_overdue,
                   case when c.counted_overdue = true or c.due_at <= :now then 1 else 0 end as overdue
            from mc_clock c
            where c.state = 'RUNNING' and c.due_at < :widest and #WINDOWS# and c.clock_key not like 'SUPPLEMENT%'#STAGE#
            union all
            select c.dossier, c.clock_key, c.due_at, c.counted_overdue, 1
            from mc_clock c
            where c.state = 'RUNNING' and c.counted_overdue = true and c.office_id in (:offices) and not #WINDOWS#
              and c.clock_key not like 'SUPPLEMENT%'#STAGE#""";

    /**
     * The listed dossiers from the watch. A dossier is listed when its earliest due instant is before its office's
     * due-soon limit or a clock is counted overdue; overdue when that instant has passed or a clock is counted; its
     * due instant is the earliest of its listed clocks, its overdue instant the earliest of its overdue clocks.
     */
    private static final String WATCHED = """
            select s.dossier_code as code, s.office_id, s.procedure_code, s.received_at, s.holders,
                   case when s.first_counted_due is not null or s.first_due <= :now then 1 else 0 end as overdue,
                   case when #SOON# then s.first_due else s.first_counted_due end as due_at,
                   case when s.first_due <= :now then s.first_due else s.first_counted_due end as overdue_since
            from mc_dossier_watch s
            where ((s.first_due < :widest and #SOON#) or (s.first_counted_due is not null and s.office_id in (:offices)))""";

    /** The dossiers listed through one stage's clock (the stage filter): state and due instant are that clock's. */
    private static final String STAGED = """
            select s.dossier_code as code, s.office_id, s.procedure_code, s.received_at, s.holders, l.overdue,
                   l.due_at, case when l.overdue = 1 then l.due_at end as overdue_since
            from (#LISTED#) l join mc_dossier_watch s on s.dossier_code = l.dossier
            where 1 = 1""";

    private final JdbcClient jdbc;
    private final String codeOrder;

    OverdueQueries(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        // Java compares dossier codes by character; PostgreSQL by the database's collation unless told otherwise.
        this.codeOrder = isPostgres(dataSource) ? " collate \"C\"" : "";
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equals(product);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }

    /**
     * Where an office stands at the time of the request.
     *
     * @param soonUntil a running clock due before this instant is due soon
     */
    record Window(String officeId, Instant soonUntil) {
    }

    /**
     * The dossiers a request lists.
     *
     * @param procedures   null for all
     * @param state        null for both
     * @param queueUser    for an officer who sees only his own queue: his login; null for a supervisor
     * @param queueGroups  that officer's groups
     */
    record Filter(List<Window> windows, Instant now, String stage, Set<String> procedures, OverdueState state, String group,
            String assignee, String queueUser, Set<String> queueGroups) {

        /** Whether some listed dossiers are left out by procedure, state or holder. */
        boolean narrowsDossiers() {
            return procedures != null || state != null || group != null || assignee != null || queueUser != null;
        }
    }

    /**
     * The order of a page: {@code ranks} gives the position of each office (for {@link OverdueRequest.Sort#OFFICE}) or
     * procedure (for {@link OverdueRequest.Sort#PROCEDURE}) in the order of their names.
     */
    record Order(OverdueRequest.Sort sort, boolean descending, Map<String, Integer> ranks) {
    }

    /** The counts of the listed dossiers and of their listed clocks, and the page of each set of offices asked for. */
    record Listing(List<ListedCount> counts, List<StageCount> stages, List<List<Listed>> pages) {
    }

    /** How many listed dossiers of one office and procedure, held by the same holders ({@link DossierHolders}), are overdue or due soon. */
    record ListedCount(String officeId, String procedureCode, String holders, boolean overdue, long count) {
    }

    /** How many listed clocks of one key are overdue or due soon. */
    record StageCount(String key, boolean overdue, long count) {
    }

    /**
     * A dossier of a page.
     *
     * @param dueAt         the earliest due instant of its listed clocks
     * @param overdueSince  the earliest due instant of its overdue clocks; null when only due soon
     */
    record Listed(String code, String officeId, String procedureCode, String status, Instant receivedAt, Instant appointment,
            String processInstanceId, boolean overdue, Instant dueAt, Instant overdueSince) {
    }

    /** A clock that puts a dossier of the page on the list. */
    record ListedClock(String dossier, String key, Instant dueAt, boolean countedOverdue, boolean overdue) {
    }

    /** An open task of a dossier's process and who holds it: {@code USER}, {@code GROUP} or {@code NONE}. */
    record Holder(String dossier, String taskName, String type, String id) {
    }

    /** The last change of a dossier's status. */
    record StatusChange(String dossier, String status, Instant at, String actor) {
    }

    /** Dossiers finished in a week, and how many of them by their appointment without an apology. */
    record FinishedWeek(int week, long finished, long onTime) {
    }

    /**
     * The counts of the listed dossiers and clocks, and for each set of {@code pageOffices} its listed dossiers from
     * {@code offset} to {@code offset + limit} in the {@code order}. Sorted by working time overdue, the order is exact
     * within a set of offices that share their office hours.
     */
    Listing list(Filter filter, Order order, List<Set<String>> pageOffices, long offset, long limit) {
        var sql = new Sql();
        String listed = listedClocks(filter, sql);
        String soon = windows("s.first_due", filter, sql);
        sql.text.append("with f as (\n")
                .append(filter.stage() == null ? WATCHED.replace("#SOON#", soon) : STAGED.replace("#LISTED#", listed));
        narrow(filter, sql);
        sql.text.append("""

                )
                select 'COUNT', f.office_id, f.procedure_code, f.holders, f.overdue, count(*), cast(null as bigint),
                       cast(null as varchar(64)), cast(null as varchar(40)), cast(null as varchar(24)),
                       cast(null as timestamp with time zone), cast(null as timestamp with time zone), cast(null as varchar(64)),
                       cast(null as timestamp with time zone), cast(null as timestamp with time zone)
                from f group by f.office_id, f.procedure_code, f.holders, f.overdue
                union all
                select 'STAGE', l.clock_key, null, null, l.overdue, count(*), null, null, null, null, null, null, null, null, null
                from (""").append(listed).append(") l");
        // every listed clock belongs to a listed dossier; only the request's filters on dossiers leave some out
        sql.text.append(filter.narrowsDossiers() ? " where l.dossier in (select f.code from f)" : "")
                .append(" group by l.clock_key, l.overdue");
        for (int i = 0; i < pageOffices.size(); i++) {
            sql.text.append("""

                    union all
                    select 'PAGE', p.code, null, null, p.overdue, cast(:page#PAGE_INDEX# as bigint), row_number() over (order by #ORDER_P#),
                           p.office_id, p.procedure_code, d.status, p.received_at, d.due_at, d.process_instance_id, p.due_at,
                           p.overdue_since
                    from (select f.code, f.office_id, f.procedure_code, f.received_at, f.overdue, f.due_at, f.overdue_since from f#IN#
                          order by #ORDER_F# limit :limit offset :offset) p
                    join mc_dossier d on d.code = p.code""".replace("#PAGE_INDEX#", String.valueOf(i))
                    .replace("#ORDER_P#", orderBy("p", order, sql)).replace("#ORDER_F#", orderBy("f", order, sql))
                    .replace("#IN#", pageOffices.size() == 1 ? "" : " where f.office_id in (:pageOffices" + i + ")"));
            sql.params.put("page" + i, i);
            sql.params.put("pageOffices" + i, pageOffices.get(i));
        }
        sql.params.put("limit", limit);
        sql.params.put("offset", offset);

        List<ListedCount> counts = new ArrayList<>();
        List<StageCount> stages = new ArrayList<>();
        List<List<Listed>> pages = new ArrayList<>();
        pageOffices.forEach(o -> pages.add(new ArrayList<>()));
        Map<String, Long> positions = new HashMap<>();
        jdbc.sql(sql.text.toString()).params(sql.params).query(rs -> {
            switch (rs.getString(1)) {
                case "COUNT" -> counts.add(new ListedCount(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5) == 1,
                        rs.getLong(6)));
                case "STAGE" -> stages.add(new StageCount(rs.getString(2), rs.getInt(5) == 1, rs.getLong(6)));
                default -> {
                    var row = new Listed(rs.getString(2), rs.getString(8), rs.getString(9), rs.getString(10), instant(rs, 11),
                            instant(rs, 12), rs.getString(13), rs.getInt(5) == 1, instant(rs, 14), instant(rs, 15));
                    pages.get(rs.getInt(6)).add(row);
                    positions.put(row.code(), rs.getLong(7));
                }
            }
        });
        pages.forEach(page -> page.sort(Comparator.comparing(row -> positions.get(row.code()))));
        return new Listing(counts, stages, pages);
    }

    private String orderBy(String table, Order order, Sql sql) {
        String direction = order.descending() ? " desc" : " asc";
        String by = switch (order.sort()) {
            // In one office calendar the working time overdue falls as the earliest overdue instant rises; a dossier
            // with no office time overdue yet (or only due soon) is due after every one with some, and its earliest due
            // instant is then its due instant: so the due instant, reversed, orders by working time overdue, then due
            // instant.
            case OVERDUE -> table + ".due_at" + (order.descending() ? " asc" : " desc");
            case DUE -> table + ".due_at" + direction;
            case RECEIVED -> table + ".received_at" + direction;
            case CODE -> table + ".code" + codeOrder + direction;
            case OFFICE -> rank(table + ".office_id", order.ranks(), sql) + direction + ", " + table + ".due_at" + direction;
            case PROCEDURE -> rank(table + ".procedure_code", order.ranks(), sql) + direction + ", " + table + ".due_at" + direction;
        };
        return by + ", " + table + ".code" + codeOrder + " asc";
    }

    private static String rank(String column, Map<String, Integer> ranks, Sql sql) {
        var expression = new StringBuilder("case ").append(column);
        int i = 0;
        for (var rank : ranks.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            expression.append(" when :rank").append(i).append(" then ").append(rank.getValue().intValue());
            sql.params.put("rank" + i++, rank.getKey());
        }
        return expression.append(" else ").append(ranks.size()).append(" end").toString();
    }

    /** The listed clocks of these dossiers. */
    List<ListedClock> clocks(Filter filter, Collection<String> dossiers) {
        if (dossiers.isEmpty()) {
            return List.of();
        }
        var sql = new Sql();
        String listed = listedClocks(filter, sql);
        sql.text.append("select l.dossier, l.clock_key, l.due_at, l.counted_overdue, l.overdue from (").append(listed)
                .append(") l where l.dossier in (:dossiers)");
        sql.params.put("dossiers", dossiers);
        return jdbc.sql(sql.text.toString()).params(sql.params)
                .query((rs, n) -> new ListedClock(rs.getString(1), rs.getString(2), instant(rs, 3), rs.getBoolean(4), rs.getInt(5) == 1))
                .list();
    }

    /** The procedures of the open dossiers of these offices (to rank their names for sorting). */
    Set<String> openDossierProcedures(Collection<String> offices) {
        return Set.copyOf(jdbc.sql("select distinct procedure_code from mc_dossier_watch where office_id in (:offices)")
                .param("offices", offices).query(String.class).list());
    }

    /** Who holds these dossiers, task by task. */
    List<Holder> holders(Collection<String> dossiers) {
        if (dossiers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select h.dossier_code, h.task_name, h.holder_type, h.holder_id from mc_dossier_holder h
                where h.dossier_code in (:dossiers) order by h.dossier_code, h.task_id, h.holder_type, h.holder_id""")
                .param("dossiers", dossiers)
                .query((rs, n) -> new Holder(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    List<StatusChange> lastStatusChanges(Collection<String> dossiers) {
        if (dossiers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select e.dossier_code, e.status, e.at, e.actor from mc_dossier_event e
                where e.dossier_code in (:dossiers)
                  and e.seq = (select max(l.seq) from mc_dossier_event l where l.dossier_code = e.dossier_code)""")
                .param("dossiers", dossiers)
                .query((rs, n) -> new StatusChange(rs.getString(1), rs.getString(2), instant(rs, 3), rs.getString(4)))
                .list();
    }

    /**
     * Dossiers finished in each week: week i runs from {@code weekStarts[i]} to {@code weekStarts[i + 1]}; on time when
     * finished by the appointment and no apology was issued for the dossier clock. Weeks without any are left out.
     */
    List<FinishedWeek> finishedByWeek(Collection<String> offices, List<Instant> weekStarts, Set<String> procedures) {
        var week = new StringBuilder("case");
        Map<String, Object> params = new HashMap<>();
        for (int i = weekStarts.size() - 2; i >= 0; i--) {
            week.append(" when d.finished_at >= :week").append(i).append(" then ").append(i);
            params.put("week" + i, at(weekStarts.get(i)));
        }
        week.append(" end");
        params.put("end", at(weekStarts.get(weekStarts.size() - 1)));
        params.put("offices", offices);
        var sql = new StringBuilder("select t.week, count(*), sum(t.on_time) from (select ").append(week).append("""
                 as week,
                       case when d.finished_at <= d.due_at and not exists (select 1 from mc_clock c where c.dossier = d.code
                            and c.clock_key = 'DOSSIER' and c.counted_overdue = true) then 1 else 0 end as on_time
                from mc_dossier d
                where d.status = 'FINISHED' and d.finished_at >= :week0 and d.finished_at < :end and d.office_id in (:offices)""");
        if (procedures != null) {
            sql.append(" and d.procedure_code in (:procedures)");
            params.put("procedures", procedures);
        }
        sql.append(") t group by t.week");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new FinishedWeek(rs.getInt(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /** {@link #LISTED_CLOCKS} for the filter's offices, windows and stage, its parameters put into {@code sql}. */
    private static String listedClocks(Filter filter, Sql sql) {
        sql.params.put("now", at(filter.now()));
        sql.params.put("widest", at(filter.windows().stream().map(Window::soonUntil).max(Comparator.naturalOrder()).orElseThrow()));
        sql.params.put("offices", filter.windows().stream().map(Window::officeId).toList());
        if (filter.stage() != null) {
            sql.params.put("stage", filter.stage());
        }
        return LISTED_CLOCKS.replace("#WINDOWS#", windows("c.due_at", filter, sql).replace("s.office_id", "c.office_id"))
                .replace("#STAGE#", filter.stage() == null ? "" : " and c.clock_key = :stage");
    }

    /** Whether {@code instant} of a row of office {@code s.office_id} lies before that office's due-soon limit. */
    private static String windows(String instant, Filter filter, Sql sql) {
        TreeMap<Instant, List<String>> officesBySoon = new TreeMap<>();
        filter.windows().forEach(w -> officesBySoon.computeIfAbsent(w.soonUntil(), k -> new ArrayList<>()).add(w.officeId()));
        var windows = new StringBuilder("(");
        int i = 0;
        for (var group : officesBySoon.entrySet()) {
            windows.append(i == 0 ? "" : " or ").append("(s.office_id in (:windowOffices").append(i).append(") and ")
                    .append(instant).append(" < :soon").append(i).append(")");
            sql.params.put("windowOffices" + i, group.getValue());
            sql.params.put("soon" + i++, at(group.getKey()));
        }
        return windows.append(")").toString();
    }

    /** The request's filters on the listed dossiers (table s: mc_dossier_watch). */
    private static void narrow(Filter filter, Sql sql) {
        String overdue = filter.stage() == null ? "(s.first_counted_due is not null or s.first_due <= :now)" : "l.overdue = 1";
        if (filter.procedures() != null) {
            sql.text.append(" and s.procedure_code in (:procedures)");
            sql.params.put("procedures", filter.procedures());
        }
        if (filter.state() != null) {
            sql.text.append(filter.state() == OverdueState.OVERDUE ? " and " + overdue : " and not " + overdue);
        }
        if (filter.queueUser() != null) {
            sql.text.append(" and (s.holders like :queueUser escape '\\'");
            sql.params.put("queueUser", DossierHolders.pattern("USER", filter.queueUser()));
            int i = 0;
            for (String group : filter.queueGroups()) {
                sql.text.append(" or s.holders like :queueGroup").append(i).append(" escape '\\'");
                sql.params.put("queueGroup" + i++, DossierHolders.pattern("GROUP", group));
            }
            sql.text.append(")");
        }
        if (filter.group() != null) {
            sql.text.append(" and s.holders like :group escape '\\'");
            sql.params.put("group", DossierHolders.pattern("GROUP", filter.group()));
        }
        if (filter.assignee() != null) {
            sql.text.append(" and s.holders like :assignee escape '\\'");
            sql.params.put("assignee", DossierHolders.pattern("USER", filter.assignee()));
        }
    }

    /** A statement being built and its named parameters. */
    private static final class Sql {
        final StringBuilder text = new StringBuilder();
        final Map<String, Object> params = new HashMap<>();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
