package vn.motcua.deadline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Clocks and their events in mc_clock and mc_clock_event. A clock is read with its events in one query
 * (every clock has at least its STARTED event).
 */
@Repository
class ClockStore {

    /** A clock row with its events, oldest first. */
    private static final String WITH_EVENTS = """
            select c.id, c.dossier, c.clock_key, c.office_id, c.rule_text, c.state, c.starts_at, c.due_at, c.remaining_seconds,
                c.counted_overdue, e.seq, e.event_type, e.at as event_at, e.reason as event_reason, e.due_at as event_due_at,
                e.office_seconds as event_office_seconds
            from mc_clock c %s join mc_clock_event e on e.clock_id = c.id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ClockStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    record Row(long id, String dossier, String key, String officeId, DeadlineRule rule, ClockState state,
            Instant startsAt, Instant dueAt, Duration remaining, boolean countedOverdue, List<ClockEvent> events) {

        Row {
            events = List.copyOf(events);
        }
    }

    /**
     * The clock with its events; {@code forUpdate} locks the clock's row (and its events, which never change)
     * until the transaction ends.
     */
    Optional<Row> find(String dossier, String key, boolean forUpdate) {
        String sql = WITH_EVENTS.formatted(forUpdate ? "inner" : "left")
                + " where c.dossier = ? and c.clock_key = ? order by e.seq" + (forUpdate ? " for update" : "");
        return rows(jdbc.sql(sql).params(dossier, key)).stream().findFirst();
    }

    List<Row> ofDossier(String dossier) {
        return rows(jdbc.sql(WITH_EVENTS.formatted("left") + " where c.dossier = ? order by c.id, e.seq").param(dossier));
    }

    /** Inserts the clock and its events; returns the clock's id. */
    long insert(String dossier, String officeId, StatutoryClock clock) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into mc_clock (dossier, clock_key, office_id, rule_text, state, starts_at, due_at, remaining_seconds)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(dossier, clock.key(), officeId, clock.rule().toString(), clock.state().name(),
                        at(clock.startsAt()), at(clock.dueAt()), seconds(clock.remaining().orElse(null)))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        appendEvents(id, clock.events(), 0);
        return id;
    }

    void update(Row row, StatutoryClock clock, int eventsBefore) {
        jdbc.sql("update mc_clock set state = ?, starts_at = ?, due_at = ?, remaining_seconds = ? where id = ?")
                .params(clock.state().name(), at(clock.startsAt()), at(clock.dueAt()),
                        seconds(clock.remaining().orElse(null)), row.id())
                .update();
        appendEvents(row.id(), clock.events().subList(eventsBefore, clock.events().size()), eventsBefore);
    }

    void countAsOverdue(long id) {
        jdbc.sql("update mc_clock set counted_overdue = true where id = ?").param(id).update();
    }

    private void appendEvents(long clockId, List<ClockEvent> events, int firstSeq) {
        List<Object[]> values = new ArrayList<>();
        int seq = firstSeq;
        for (ClockEvent e : events) {
            values.add(new Object[] {clockId, seq++, e.type().name(), at(e.at()), e.reason(), at(e.dueAt()), seconds(e.officeTime())});
        }
        if (values.size() == 1) {
            jdbc.sql(EVENT).params(values.get(0)).update();
        } else if (!values.isEmpty()) {
            batch.batchUpdate(EVENT, values);
        }
    }

    private static final String EVENT = """
            insert into mc_clock_event (clock_id, seq, event_type, at, reason, due_at, office_seconds)
            values (?, ?, ?, ?, ?, ?, ?)""";

    /** Folds the joined rows (one per event) into clocks, in query order. */
    private static List<Row> rows(JdbcClient.StatementSpec query) {
        Map<Long, Row> clocks = new LinkedHashMap<>();
        Map<Long, List<ClockEvent>> events = new LinkedHashMap<>();
        query.query((ResultSet rs) -> {
            long id = rs.getLong("id");
            if (!clocks.containsKey(id)) {
                clocks.put(id, row(rs, List.of()));
                events.put(id, new ArrayList<>());
            }
            if (rs.getObject("seq") != null) {
                events.get(id).add(new ClockEvent(ClockEvent.Type.valueOf(rs.getString("event_type")), instant(rs, "event_at"),
                        rs.getString("event_reason"), instant(rs, "event_due_at"), duration(rs, "event_office_seconds")));
            }
        });
        return clocks.values().stream().map(r -> new Row(r.id(), r.dossier(), r.key(), r.officeId(), r.rule(), r.state(),
                r.startsAt(), r.dueAt(), r.remaining(), r.countedOverdue(), events.get(r.id()))).toList();
    }

    private static Row row(ResultSet rs, List<ClockEvent> events) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("dossier"), rs.getString("clock_key"), rs.getString("office_id"),
                DeadlineRule.parse(rs.getString("rule_text")), ClockState.valueOf(rs.getString("state")),
                instant(rs, "starts_at"), instant(rs, "due_at"), duration(rs, "remaining_seconds"),
                rs.getBoolean("counted_overdue"), events);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.toSeconds();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Duration duration(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Duration.ofSeconds(value);
    }
}
