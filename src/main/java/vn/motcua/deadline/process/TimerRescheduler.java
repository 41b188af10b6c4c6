package vn.motcua.deadline.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

import vn.motcua.deadline.ClockChanged;
import vn.motcua.shared.SystemEngineAccess;

/**
 * When a clock of a dossier changes, its pending timers are computed again from their
 * {@code deadlines.…} expressions, so no timer fires early after a pause and none stays behind
 * an extension. Runs in the transaction of the change, whoever made it: the user's permissions were
 * checked on the action itself.
 */
@Component
class TimerRescheduler {

    private static final String DEADLINE_TIMER = "deadlines.";

    private final RuntimeService runtime;
    private final ManagementService management;
    private final SystemEngineAccess system;

    TimerRescheduler(RuntimeService runtime, ManagementService management, SystemEngineAccess system) {
        this.runtime = runtime;
        this.management = management;
        this.system = system;
    }

    // Before commit: the engine has flushed the step that changed the clock, so the timers it created
    // or deleted are what the queries below see.
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ClockChanged change) {
        system.run(() -> reschedule(change.dossier()));
    }

    private void reschedule(String dossier) {
        List<String> instances = new ArrayList<>();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossier).list().forEach(p -> instances.add(p.getId()));
        if (instances.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceId(dossier).list().forEach(p -> instances.add(p.getId()));
        }
        for (String instance : instances) {
            for (Job timer : management.createJobQuery().processInstanceId(instance).timers().list()) {
                if (isDeadlineTimer(timer)) {
                    management.recalculateJobDuedate(timer.getId(), false);
                }
            }
        }
    }

    private boolean isDeadlineTimer(Job timer) {
        var definition = management.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId()).singleResult();
        return definition != null && definition.getJobConfiguration() != null
                && definition.getJobConfiguration().contains(DEADLINE_TIMER);
    }
}
