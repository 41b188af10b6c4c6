package vn.motcua.deadline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Clocks and their events in mc_clock and mc_clock_event. */
@Repository
class ClockStore {

    private final JdbcClient jdbc;

    ClockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, String dossier, String key, String officeId, DeadlineRule rule, ClockState state,
            Instant startsAt, Instant dueAt, Duration remaining, boolean countedOverdue) {
    }

    Optional<Row> find(String dossier, String key, boolean forUpdate) {
        return jdbc.sql("select * from mc_clock where dossier = ? and clock_key = ?" + (forUpdate ? " for update" : ""))
                .params(dossier, key).query(ClockStore::row).optional();
    }

    List<Row> ofDossier(String dossier) {
        return jdbc.sql("select * from mc_clock where dossier = ? order by id").param(dossier).query(ClockStore::row).list();
    }

    long insert(String dossier, String officeId, StatutoryClock clock) {
        jdbc.sql("""
                insert into mc_clock (dossier, clock_key, office_id, rule_text, state, starts_at, due_at, remaining_seconds)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(dossier, clock.key(), officeId, clock.rule().toString(), clock.state().name(),
                        at(clock.startsAt()), at(clock.dueAt()), seconds(clock.remaining().orElse(null)))
                .update();
        long id = find(dossier, clock.key(), false).orElseThrow().id();
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

    List<ClockEvent> events(long clockId) {
        return jdbc.sql("select * from mc_clock_event where clock_id = ? order by seq").param(clockId)
                .query((rs, n) -> new ClockEvent(ClockEvent.Type.valueOf(rs.getString("event_type")), instant(rs, "at"),
                        rs.getString("reason"), instant(rs, "due_at"), duration(rs, "office_seconds")))
                .list();
    }

    private void appendEvents(long clockId, List<ClockEvent> events, int firstSeq) {
        int seq = firstSeq;
        for (ClockEvent e : events) {
            jdbc.sql("""
                    insert into mc_clock_event (clock_id, seq, event_type, at, reason, due_at, office_seconds)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(clockId, seq++, e.type().name(), at(e.at()), e.reason(), at(e.dueAt()), seconds(e.officeTime()))
                    .update();
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("dossier"), rs.getString("clock_key"), rs.getString("office_id"),
                DeadlineRule.parse(rs.getString("rule_text")), ClockState.valueOf(rs.getString("state")),
                instant(rs, "starts_at"), instant(rs, "due_at"), duration(rs, "remaining_seconds"),
                rs.getBoolean("counted_overdue"));
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
