package vn.motcua.reporting;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V18 for the overdue list: the table {@code mc_dossier_holder} of who holds each open task of a dossier
 * (kept by {@code process.DossierHolderListener}), the table {@code mc_dossier_watch} with one row per open dossier of
 * what the list counts (kept by {@code process.DossierWatch}), and an index on the running clocks that holds every
 * column the list reads of them, so that finding the listed clocks never touches the table (it replaces V17's
 * {@code ix_clock_state_due}).
 *
 * <p>Written in Java, not SQL, because a database upgraded from an earlier version has open dossiers and tasks
 * already: they are copied here, once and under Flyway's lock (the tasks from the engine's tables, which on a new
 * database may not exist yet: then there is nothing to copy). Spring Boot hands this bean to Flyway with the SQL
 * migrations.
 */
@Component
class OverdueListMigration implements JavaMigration {

    private static final List<String> CREATE = List.of("""
            create table mc_dossier_holder (
                task_id       varchar(64)  not null,
                -- the business key of the task's process instance: the dossier's code
                dossier_code  varchar(255) not null,
                task_name     varchar(255),
                -- USER (the assignee), GROUP (a candidate group of an unassigned task), NONE (nobody: '')
                holder_type   varchar(5)   not null,
                holder_id     varchar(255) not null,
                primary key (task_id, holder_type, holder_id)
            )""",
            "create index ix_dossier_holder_dossier on mc_dossier_holder (dossier_code, holder_type, holder_id)",
            "create index ix_dossier_holder_holder on mc_dossier_holder (holder_type, holder_id, dossier_code)",
            """
            create table mc_dossier_watch (
                dossier_code      varchar(48)   not null primary key,
                office_id         varchar(64)   not null,
                procedure_code    varchar(40)   not null,
                received_at       timestamp with time zone not null,
                -- the earliest due instant of its running clocks (supplement clocks aside), and of those counted overdue
                first_due         timestamp with time zone,
                first_counted_due timestamp with time zone,
                -- who holds it: '|GROUP:tiep-nhan|USER:letan.anphu|', sorted; '' for nobody
                holders           varchar(4000) not null
            )""",
            "create index ix_dossier_watch_due on mc_dossier_watch (first_due)",
            "create index ix_dossier_watch_counted on mc_dossier_watch (first_counted_due)",
            "drop index ix_clock_state_due",
            "create index ix_clock_running_due on mc_clock (state, due_at, office_id, dossier, clock_key, counted_overdue)");

    // The open tasks of process instances with a business key (the dossier, passed on to called processes), held as the
    // listener holds them.
    private static final String COPY = """
            insert into mc_dossier_holder (task_id, dossier_code, task_name, holder_type, holder_id)
            select t.id_, p.business_key_, t.name_, 'USER', t.assignee_
            from act_ru_task t join act_ru_execution p on p.id_ = t.proc_inst_id_
            where p.business_key_ is not null and t.assignee_ is not null
            union
            select t.id_, p.business_key_, t.name_, 'GROUP', l.group_id_
            from act_ru_task t join act_ru_execution p on p.id_ = t.proc_inst_id_
            join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ is not null
            where p.business_key_ is not null and t.assignee_ is null
            union
            select t.id_, p.business_key_, t.name_, 'NONE', ''
            from act_ru_task t join act_ru_execution p on p.id_ = t.proc_inst_id_
            where p.business_key_ is not null and t.assignee_ is null
              and not exists (select 1 from act_ru_identitylink l
                              where l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ is not null)""";

    // Every open dossier, with its clocks; holders follow.
    private static final String WATCH = """
            insert into mc_dossier_watch (dossier_code, office_id, procedure_code, received_at, first_due, first_counted_due, holders)
            select d.code, d.office_id, d.procedure_code, d.received_at, c.first_due, c.first_counted_due, ''
            from mc_dossier d
            left join (select dossier, min(due_at) as first_due, min(case when counted_overdue = true then due_at end) as first_counted_due
                       from mc_clock where state = 'RUNNING' and clock_key not like 'SUPPLEMENT%' group by dossier) c
                   on c.dossier = d.code
            where d.finished_at is null""";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("18");
    }

    @Override
    public String getDescription() {
        return "overdue list: dossier holders, index of the running clocks";
    }

    @Override
    public Integer getChecksum() {
        return (String.join(";", CREATE) + COPY + WATCH).hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String sql : CREATE) {
                statement.execute(sql);
            }
        }
        fill(connection, engineTablesExist(connection));
    }

    /** Fills both tables: the holders from the engine's open tasks (when asked), the watch from the open dossiers. */
    static void fill(Connection connection, boolean withTasks) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (withTasks) {
                statement.executeUpdate(COPY);
            }
            statement.executeUpdate(WATCH);
        }
        Map<String, List<String>> holders = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select dossier_code, holder_type, holder_id from mc_dossier_holder where holder_type <> 'NONE'")) {
            while (rows.next()) {
                holders.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2) + ":" + rows.getString(3));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update mc_dossier_watch set holders = ? where dossier_code = ?")) {
            for (var dossier : holders.entrySet()) {
                update.setString(1, DossierHolders.text(dossier.getValue()));
                update.setString(2, dossier.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static boolean engineTablesExist(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        for (String name : List.of("act_ru_task", "ACT_RU_TASK")) {
            try (ResultSet tables = metadata.getTables(connection.getCatalog(), connection.getSchema(), name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
