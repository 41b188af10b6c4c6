package vn.motcua.deadline.process;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.deadline.ClockChanged;
import vn.motcua.shared.SystemEngineAccess;

/**
 * When a clock of a dossier changes, its pending timers that read that clock are computed again from
 * their {@code deadlines.…} expressions, so no timer fires early after a pause and none stays behind an
 * extension. Runs once per dossier just before the transaction of the changes commits, whoever made
 * them (the user's permissions were checked on the action itself): by then the engine has flushed the
 * step, so the timers it created or deleted are what the queries see. A timer follows the clock its
 * expression names ({@code deadlines.dueAt(execution, 'STAGE_POLICE')}); one whose expression names
 * none (e.g. {@code deadlines.supplementDueAt(execution)}) follows every clock of the dossier.
 */
@Component
class TimerRescheduler {

    /** A timer date that reads one named clock, e.g. {@code DATE: ${deadlines.apologyAt(execution, 'DOSSIER')}}. */
    private static final Pattern ONE_CLOCK = Pattern.compile("\\w+: \\$\\{deadlines\\.\\w+\\(execution, *'([\\w-]+)'\\)\\}");
    private static final String DEADLINE_TIMER = "deadlines.";
    /** The clock key of a timer that follows every clock. */
    private static final String EVERY_CLOCK = "*";

    private final JdbcClient jdbc;
    private final ManagementService management;
    private final SystemEngineAccess system;
    /**
     * Per process definition, the clock each deadline timer follows, by job definition. Definitions never
     * change once deployed, so this is asked once per definition.
     */
    private final Map<String, Map<String, String>> deadlineTimers = new ConcurrentHashMap<>();

    TimerRescheduler(JdbcClient jdbc, ManagementService management, SystemEngineAccess system) {
        this.jdbc = jdbc;
        this.management = management;
        this.system = system;
    }

    @EventListener
    void on(ClockChanged change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            system.run(() -> reschedule(change.dossier(), Set.of(change.clockKey())));
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Set<String>> pending = (Map<String, Set<String>>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Map<String, Set<String>> changed = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(this, changed);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    TransactionSynchronizationManager.unbindResource(TimerRescheduler.this);
                    system.run(() -> changed.forEach(TimerRescheduler.this::reschedule));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TimerRescheduler.this);
                }
            });
            pending = changed;
        }
        pending.computeIfAbsent(change.dossier(), dossier -> new LinkedHashSet<>()).add(change.clockKey());
    }

    private void reschedule(String dossier, Set<String> changedClocks) {
        for (var instance : instancesOf(dossier)) {
            Map<String, String> timers = deadlineTimersOf(instance.definitionId());
            if (timers.values().stream().noneMatch(clock -> follows(clock, changedClocks))) {
                continue;
            }
            for (Job timer : management.createJobQuery().processInstanceId(instance.id()).timers().list()) {
                String clock = timers.get(timer.getJobDefinitionId());
                if (clock != null && follows(clock, changedClocks)) {
                    management.recalculateJobDuedate(timer.getId(), false);
                }
            }
        }
    }

    private record Instance(String id, String definitionId) {
    }

    /**
     * The running process instances of the dossier: those whose business key it is, or the one it is the id
     * of (a process without a dossier). Read straight from the engine's execution table, which the engine's
     * own queries would join with the definitions and map to whole executions: this runs for every
     * transaction that changes a clock, and needs only two columns.
     */
    private List<Instance> instancesOf(String dossier) {
        return jdbc.sql("""
                select ID_, PROC_DEF_ID_ from ACT_RU_EXECUTION
                where PARENT_ID_ is null and (BUSINESS_KEY_ = ? or ID_ = ?)""")
                .params(dossier, dossier).query((rs, n) -> new Instance(rs.getString(1), rs.getString(2))).list();
    }

    private static boolean follows(String clock, Set<String> changedClocks) {
        return EVERY_CLOCK.equals(clock) || changedClocks.contains(clock);
    }

    private Map<String, String> deadlineTimersOf(String processDefinitionId) {
        return deadlineTimers.computeIfAbsent(processDefinitionId, id -> {
            Map<String, String> timers = new ConcurrentHashMap<>();
            for (JobDefinition definition : management.createJobDefinitionQuery().processDefinitionId(id).list()) {
                clockOf(definition.getJobConfiguration()).ifPresent(clock -> timers.put(definition.getId(), clock));
            }
            return timers;
        });
    }

    /** The clock a timer's configuration reads, {@value #EVERY_CLOCK} if not one named clock, empty if it is no deadline timer. */
    static Optional<String> clockOf(String jobConfiguration) {
        if (jobConfiguration == null || !jobConfiguration.contains(DEADLINE_TIMER)) {
            return Optional.empty();
        }
        Matcher one = ONE_CLOCK.matcher(jobConfiguration.trim());
        return Optional.of(one.matches() ? one.group(1) : EVERY_CLOCK);
    }
}
