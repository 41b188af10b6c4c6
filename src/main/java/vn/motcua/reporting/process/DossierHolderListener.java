package vn.motcua.reporting.process;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.shared.ProcessDossiers;

/**
 * Keeps {@code mc_dossier_holder} current: for each open user task of a dossier, who holds it — its
 * assignee ({@code USER}), else each of its candidate groups ({@code GROUP}), else nobody ({@code NONE}, so that the
 * task's name is still known). The overdue list reads this table (and {@link DossierWatch}'s summary of it) instead of
 * the engine's task tables.
 *
 * <p>{@link DossierHolderPlugin} puts this listener on every user task for every event that can change a holder
 * (create, assignment, update — claim, unclaim, candidate groups added or removed —, complete, delete). A task may
 * change several times in one engine command (created, then assigned by a listener of the model), so the row is
 * written once, as the command leaves the task, in the command's own transaction: a command that fails changes
 * nothing here either. The dossier is the business key of the task's process instance, which call activities pass on:
 * a task of a shared building block the dossier's process calls (fee collection, supplement) is the dossier's too,
 * since someone must do it before the dossier moves on. Tasks of a process without a business key are not recorded.
 */
@Component
class DossierHolderListener implements TaskListener {

    private final JdbcClient jdbc;
    private final DossierWatch watch;
    private final ProcessDossiers dossiers;

    DossierHolderListener(JdbcClient jdbc, DossierWatch watch, ProcessDossiers dossiers) {
        this.jdbc = jdbc;
        this.watch = watch;
        this.dossiers = dossiers;
    }

    @Override
    public void notify(DelegateTask task) {
        CommandContext command = Context.getCommandContext();
        // registered once per task and command (equal by task id); reads the task when the command closes
        command.registerCommandContextListener(new WhenTheCommandCloses(task, this, EVENTNAME_CREATE.equals(task.getEventName())));
    }

    /** @param createdHere whether the task was created in this command: then it has no rows yet */
    void record(DelegateTask task, boolean createdHere) {
        if (!createdHere) {
            jdbc.sql("select distinct dossier_code from mc_dossier_holder where task_id = ?").param(task.getId()).query(String.class)
                    .list().forEach(watch::changed);
            jdbc.sql("delete from mc_dossier_holder where task_id = ?").param(task.getId()).update();
        }
        // the last event the task went through (the engine itself reads it so): completed and deleted tasks hold nothing
        boolean ended = EVENTNAME_COMPLETE.equals(task.getEventName()) || EVENTNAME_DELETE.equals(task.getEventName());
        String dossier = ended ? null : dossierOf(task.getExecution());
        if (dossier == null) {
            return;
        }
        for (Holder holder : holders(task)) {
            jdbc.sql("insert into mc_dossier_holder (task_id, dossier_code, task_name, holder_type, holder_id) values (?, ?, ?, ?, ?)")
                    .params(task.getId(), dossier, task.getName(), holder.type(), holder.id()).update();
        }
        watch.changed(dossier);
    }

    /**
     * The business key of the task's process: the dossier's code, also in a called building block (it is passed on);
     * a dossier of another office than the task's is refused, so no office holds another's dossier.
     */
    private String dossierOf(DelegateExecution execution) {
        return execution == null ? null : dossiers.codeOf(execution);
    }

    private static List<Holder> holders(DelegateTask task) {
        if (task.getAssignee() != null) {
            return List.of(new Holder("USER", task.getAssignee()));
        }
        // the task's candidates still list the links removed in this command until the command is flushed
        DbEntityManager entities = Context.getCommandContext().getDbEntityManager();
        List<Holder> groups = task.getCandidates().stream().filter(link -> !(link instanceof DbEntity e && entities.isDeleted(e)))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).distinct().sorted().map(group -> new Holder("GROUP", group))
                .toList();
        return groups.isEmpty() ? List.of(new Holder("NONE", "")) : groups;
    }

    /** A row's holder: {@code USER} and the login, {@code GROUP} and the group id, or {@code NONE} and "". */
    private record Holder(String type, String id) {
    }

    /** Records the task once, however many of its events one command fires. */
    private record WhenTheCommandCloses(DelegateTask task, DossierHolderListener listener, boolean createdHere)
            implements CommandContextListener {

        @Override
        public void onCommandContextClose(CommandContext commandContext) {
            listener.record(task, createdHere);
        }

        @Override
        public void onCommandFailed(CommandContext commandContext, Throwable t) {
            // the transaction is rolled back with the command's changes
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof WhenTheCommandCloses o && o.task.getId().equals(task.getId());
        }

        @Override
        public int hashCode() {
            return task.getId().hashCode();
        }
    }
}
