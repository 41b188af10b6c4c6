package vn.motcua.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotcuaApplication;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.IdNumber;
import vn.motcua.dossier.Registration;
import vn.motcua.shared.Time;

/**
 * Issue 5's benchmark: the birth group end to end (registration, clocks, population-database checks,
 * fee lines, three result PDFs in the citizen's store, five user tasks completed programmatically)
 * against a bare Camunda process with the same service tasks, user tasks and timer, in one run on
 * PostgreSQL, alternating rounds so both see the same machine. See bench/birth-group.sh.
 */
public final class BirthGroupThroughput {

    private static final int THREADS = Integer.getInteger("threads", 4);
    private static final int ROUNDS = Integer.getInteger("rounds", 3);
    private static final int PER_ROUND = Integer.getInteger("perRound", 120);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        var app = start(new SpringApplication(MotcuaApplication.class));
        try {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            IntConsumer birthGroup = birthGroup(app);
            IntConsumer bare = bare(engine);
            measure("warm-up bare", bare);
            measure("warm-up birth group", birthGroup);
            double bareTotal = 0;
            double birthTotal = 0;
            for (int round = 1; round <= ROUNDS; round++) {
                bareTotal += measure("round " + round + " bare", bare);
                birthTotal += measure("round " + round + " birth group", birthGroup);
            }
            System.out.printf("RESULT bare=%.1f/s birth-group=%.1f/s ratio=%.0f%% (threads=%d, %d rounds of %d instances each)%n",
                    bareTotal / ROUNDS, birthTotal / ROUNDS, 100 * birthTotal / bareTotal, THREADS, ROUNDS, PER_ROUND);
        } finally {
            app.close();
        }
    }

    /** The application as the benchmark runs it: PostgreSQL, demo province, job executor off, no simulated latency. */
    static ConfigurableApplicationContext start(SpringApplication application) {
        return application.run("--spring.profiles.active=postgres,demo", "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn",
                "--motcua.interagency.population.latency-min=0ms", "--motcua.interagency.population.latency-max=0ms");
    }

    /** One birth-group dossier, received online and driven to its end. */
    static IntConsumer birthGroup(ConfigurableApplicationContext app) {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        var dossiers = app.getBean(Dossiers.class);
        var procedure = app.getBean(ProcedureCatalog.class).get("1.012656.000.00.00.H56");
        return n -> {
            var details = new HashMap<>(Map.of("childName", "Trẻ " + n, "childBirthDate", "2026-01-15", "childSex", "NU",
                    "childBirthPlace", "Trạm y tế", "motherName", "Nguyễn Thị Hoà", "motherIdNumber", "001203004005",
                    "residenceAddress", "Thôn 2, xã An Phú, Tỉnh Mẫu"));
            var dossier = dossiers.receive(new Registration(procedure, "xa-an-phu", Channel.ONLINE,
                    new Applicant("Nguyễn Thị Hoà", new IdNumber("001203004005"), null, null, null), details, Time.now(), null,
                    List.of(), null, null));
            finish(engine, dossier.processInstanceId(), FORM_FIELDS);
        };
    }

    /**
     * What each task's form submits on the happy path, as the birth group's process test completes them: the
     * officer's own fields, not every field of every form.
     */
    static final Map<String, Map<String, Object>> FORM_FIELDS = Map.of(
            "Task_ReviewDossier", Map.of("receptionDecision", "ACCEPT"),
            "Task_RegisterBirth", Map.of("needsSupplement", false, "registerBookNumber", "1/2026"),
            "Task_RegisterResidence", Map.of("verificationNeeded", false, "residenceNote", "Đủ điều kiện"),
            "Task_IssueInsuranceCard", Map.of("insuranceCardNumber", "TE1010123456789"),
            "Task_ReturnResults", Map.of());

    /** One instance of the bare process (deployed on first use), driven to its end. */
    static IntConsumer bare(ProcessEngine engine) {
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("bare-birth-group").count() == 0) {
            engine.getRepositoryService().createDeployment().name("bench-bare").addModelInstance("bare-birth-group.bpmn", bareModel())
                    .addModelInstance("bare-fee-collection.bpmn", bareFeeModel()).deploy();
        }
        return n -> finish(engine, engine.getRuntimeService().startProcessInstanceByKey("bare-birth-group",
                "BARE-" + n, Map.of("officeId", "xa-an-phu")).getId(), Map.of());
    }

    /** Runs PER_ROUND instances on THREADS threads; returns instances per second. */
    static double measure(String label, IntConsumer instance) throws Exception {
        return measure(label, instance, PER_ROUND);
    }

    /** Runs {@code count} instances on THREADS threads; returns instances per second. */
    static double measure(String label, IntConsumer instance, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = SEQUENCE.incrementAndGet();
            futures.add(pool.submit(() -> instance.accept(n)));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double perSecond = count / ((System.nanoTime() - start) / 1e9);
        System.out.printf("%-26s %6.1f instances/s%n", label, perSecond);
        return perSecond;
    }

    /** Drives one instance to its end: runs its asynchronous steps and completes each user task as it appears. */
    static void finish(ProcessEngine engine, String instanceId, Map<String, Map<String, Object>> formFields) {
        for (int step = 0; step < 50; step++) {
            engine.getManagementService().createJobQuery().processInstanceId(instanceId).messages().list()
                    .forEach(job -> engine.getManagementService().executeJob(job.getId()));
            List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).list();
            if (tasks.isEmpty() && engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count() == 0) {
                return;
            }
            tasks.forEach(task -> engine.getTaskService().complete(task.getId(),
                    formFields.getOrDefault(task.getTaskDefinitionKey(), Map.of())));
        }
        throw new IllegalStateException("instance " + instanceId + " did not end");
    }

    /**
     * The birth group's happy path without our code: the same 8 service tasks (2 asynchronous, 2 of them in
     * the called fee-collection process, which records the exempt lines and ends as nothing is due), 5 user
     * tasks, the parallel agencies, subprocesses, the call activity and the dossier's boundary timer.
     */
    static BpmnModelInstance bareModel() {
        return Bpmn.createExecutableProcess("bare-birth-group").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("register").camundaExpression("${true}")
                .userTask("review")
                .subProcess("handling").embeddedSubProcess().startEvent()
                .serviceTask("verify").camundaAsyncBefore().camundaExpression("${true}")
                .callActivity("fee").calledElement("bare-fee-collection").camundaInBusinessKey("#{execution.processBusinessKey}")
                .camundaIn("officeId", "officeId")
                .userTask("registerBirth")
                .serviceTask("assignId").camundaAsyncBefore().camundaExpression("${true}")
                .serviceTask("extract").camundaExpression("${true}")
                .parallelGateway("fork")
                .userTask("residence").serviceTask("residenceResult").camundaExpression("${true}").parallelGateway("join")
                .moveToNode("fork").userTask("insurance").serviceTask("card").camundaExpression("${true}").connectTo("join")
                .userTask("returnResults").endEvent().subProcessDone()
                .boundaryEvent("apology").cancelActivity(false).timerWithDate("2099-01-01T00:00:00").endEvent()
                .moveToActivity("handling").endEvent()
                .done();
    }

    /** The fee-collection step of a dossier that owes nothing: compute the lines, record them, end. */
    static BpmnModelInstance bareFeeModel() {
        return Bpmn.createExecutableProcess("bare-fee-collection").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("computeFee").camundaExpression("${true}")
                .serviceTask("recordFee").camundaExpression("${true}").endEvent()
                .done();
    }
}
