package vn.motcua.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads behind the overdue list. Reporting is a read model: these queries join the dossier module's
 * {@code mc_dossier}, the deadline module's {@code mc_clock} and the engine's runtime task tables in the
 * database, because a province-wide list must be answered in one round trip, not assembled dossier by
 * dossier through each module's API (see docs/benchmarks.md, "Overdue list"). They only read.
 */
@Repository
class OverdueQueries {

    private final JdbcClient jdbc;

    OverdueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A running clock of an open dossier that is due before the window's end or counted overdue, with one open
     * user task of the dossier's process and one of the task's candidate groups (task and group null when
     * there are none; a dossier with several clocks, tasks or groups comes in several rows).
     */
    record CandidateRow(String dossier, String key, Instant dueAt, boolean countedOverdue, String officeId, String procedureCode,
            String status, Instant receivedAt, String processInstanceId, Instant appointment, String taskId, String taskName,
            String assignee, String candidateGroup) {
    }

    /** The last change of a dossier's status. */
    record StatusChange(String dossier, String status, Instant at, String actor) {
    }

    /** The last completed user task of a process instance. */
    record CompletedTask(String processInstanceId, String name, String assignee, Instant at) {
    }

    /** A dossier finished in the chart's weeks: when, and whether by its appointment. */
    record Finished(String officeId, Instant finishedAt, Instant dueAt, boolean countedOverdue) {
    }

    /**
     * One pass over the candidates: running clocks found by range scans of (state, due_at), their dossiers by
     * primary key, and the open tasks of their processes (tasks of called sub-processes are not theirs).
     * Supplement clocks (SUPPLEMENT-n) time the applicant, not the staff: never on the list.
     */
    List<CandidateRow> candidates(Collection<String> offices, Instant until, String stage, Set<String> procedures) {
        var sql = new StringBuilder("""
                select c.dossier, c.clock_key, c.due_at, c.counted_overdue, d.office_id, d.procedure_code, d.status,
                       d.received_at, d.process_instance_id, d.due_at, t.id_, t.name_, t.assignee_, l.group_id_
                from mc_clock c join mc_dossier d on d.code = c.dossier
                left join act_ru_task t on t.proc_inst_id_ = d.process_instance_id
                left join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ is not null
                where c.state = 'RUNNING' and (c.due_at < :until or c.counted_overdue = true)
                  and c.office_id in (:offices) and c.clock_key not like 'SUPPLEMENT%' and d.finished_at is null""");
        var params = narrowed(sql, offices, until, stage, procedures);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new CandidateRow(rs.getString(1), rs.getString(2), instant(rs, 3), rs.getBoolean(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), instant(rs, 8), rs.getString(9), instant(rs, 10), rs.getString(11),
                        rs.getString(12), rs.getString(13), rs.getString(14)))
                .list();
    }

    private static Map<String, Object> narrowed(StringBuilder sql, Collection<String> offices, Instant until, String stage,
            Set<String> procedures) {
        Map<String, Object> params = new HashMap<>();
        params.put("offices", offices);
        params.put("until", at(until));
        if (stage != null) {
            sql.append(" and c.clock_key = :stage");
            params.put("stage", stage);
        }
        if (procedures != null) {
            sql.append(" and d.procedure_code in (:procedures)");
            params.put("procedures", procedures);
        }
        return params;
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

    List<CompletedTask> completedTasks(Collection<String> processInstances) {
        if (processInstances.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select proc_inst_id_, name_, assignee_, end_time_ from act_hi_taskinst
                where proc_inst_id_ in (:instances) and end_time_ is not null""")
                .param("instances", processInstances)
                .query((rs, n) -> new CompletedTask(rs.getString(1), rs.getString(2), rs.getString(3), engineInstant(rs, 4)))
                .list();
    }

    List<Finished> finishedSince(Collection<String> offices, Instant since, Set<String> procedures) {
        var sql = new StringBuilder("""
                select d.office_id, d.finished_at, d.due_at, c.counted_overdue
                from mc_dossier d left join mc_clock c on c.dossier = d.code and c.clock_key = 'DOSSIER'
                where d.status = 'FINISHED' and d.finished_at >= :since and d.office_id in (:offices)""");
        Map<String, Object> params = new HashMap<>();
        params.put("offices", offices);
        params.put("since", at(since));
        if (procedures != null) {
            sql.append(" and d.procedure_code in (:procedures)");
            params.put("procedures", procedures);
        }
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Finished(rs.getString(1), instant(rs, 2), instant(rs, 3), rs.getBoolean(4)))
                .list();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    // The engine writes its timestamps (without zone) in the JVM's zone, as java.sql.Timestamp reads them back.
    private static Instant engineInstant(ResultSet rs, int column) throws SQLException {
        java.sql.Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
