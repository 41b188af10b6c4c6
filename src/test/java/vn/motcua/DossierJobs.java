package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The work of one dossier's processes (its own and the building blocks it calls, which share its business key) in a
 * process test where the job executor is off: its open tasks, and its due jobs run by hand.
 */
public final class DossierJobs {

    private DossierJobs() {
    }

    /** The one open task of that kind. */
    public static Task openTask(ProcessEngine engine, String dossier, String taskKey) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(dossier).taskDefinitionKey(taskKey).list();
        assertThat(tasks).as("open " + taskKey).hasSize(1);
        return tasks.get(0);
    }

    /** Completes the open task of that kind at that time (Hà Nội), then lets the engine run what follows. */
    public static void complete(ProcessEngine engine, String dossier, String taskKey, String localTime, Map<String, Object> variables) {
        EngineTime.at(localTime);
        runDue(engine, dossier);
        engine.getTaskService().complete(openTask(engine, dossier, taskKey).getId(), variables);
        runDue(engine, dossier);
    }

    /** Executes every job that is due (asynchronous steps and timers), until none is left. */
    public static void runDue(ProcessEngine engine, String dossier) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = new ArrayList<>();
            for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(dossier).list()) {
                engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().list().stream()
                        .filter(job -> job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime()))
                        .forEach(due::add);
            }
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }
}
