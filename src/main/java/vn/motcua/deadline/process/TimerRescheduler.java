package vn.motcua.deadline.process;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.deadline.ClockChanged;
import vn.motcua.shared.SystemEngineAccess;

/**
 * When a clock of a dossier changes, its pending timers are computed again from their
 * {@code deadlines.…} expressions, so no timer fires early after a pause and none stays behind an
 * extension. Runs once per dossier just before the transaction of the changes commits, whoever made
 * them (the user's permissions were checked on the action itself): by then the engine has flushed the
 * step, so the timers it created or deleted are what the queries see.
 */
@Component
class TimerRescheduler {

    private static final String DEADLINE_TIMER = "deadlines.";

    private final RuntimeService runtime;
    private final ManagementService management;
    private final SystemEngineAccess system;
    /** Job definitions never change once deployed: whether one is a deadline timer is asked once. */
    private final Map<String, Boolean> deadlineTimerDefinitions = new ConcurrentHashMap<>();

    TimerRescheduler(RuntimeService runtime, ManagementService management, SystemEngineAccess system) {
        this.runtime = runtime;
        this.management = management;
        this.system = system;
    }

    @EventListener
    void on(ClockChanged change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            system.run(() -> reschedule(change.dossier()));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> pending = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<String> dossiers = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, dossiers);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    TransactionSynchronizationManager.unbindResource(TimerRescheduler.this);
                    system.run(() -> dossiers.forEach(TimerRescheduler.this::reschedule));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TimerRescheduler.this);
                }
            });
            pending = dossiers;
        }
        pending.add(change.dossier());
    }

    private void reschedule(String dossier) {
        var instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossier).list();
        if (instances.isEmpty()) {
            instances = runtime.createProcessInstanceQuery().processInstanceId(dossier).list();
        }
        for (var instance : instances) {
            for (Job timer : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
                if (isDeadlineTimer(timer)) {
                    management.recalculateJobDuedate(timer.getId(), false);
                }
            }
        }
    }

    private boolean isDeadlineTimer(Job timer) {
        return deadlineTimerDefinitions.computeIfAbsent(timer.getJobDefinitionId(), id -> {
            var definition = management.createJobDefinitionQuery().jobDefinitionId(id).singleResult();
            return definition != null && definition.getJobConfiguration() != null
                    && definition.getJobConfiguration().contains(DEADLINE_TIMER);
        });
    }
}
