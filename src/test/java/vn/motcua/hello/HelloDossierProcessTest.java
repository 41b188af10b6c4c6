package vn.motcua.hello;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.DemoApp;
import vn.motcua.TestFiles;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.IdNumber;
import vn.motcua.dossier.PublicDossiers;
import vn.motcua.dossier.Registration;
import vn.motcua.shared.Time;
import vn.motcua.deadline.ClockState;
import vn.motcua.deadline.ClockView;
import vn.motcua.deadline.Clocks;

/**
 * The sample model "hello-dossier" (WD:3 for the dossier, WD:2 for its stage), deployed from
 * processes/ at start, walked on every path with the engine clock set. All times are Hà Nội time.
 */
@DemoApp
class HelloDossierProcessTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Date NEVER = Date.from(Instant.parse("9999-12-31T00:00:00Z"));

    @Autowired
    ProcessEngine engine;

    @Autowired
    Clocks clocks;

    @Autowired
    Dossiers dossiers;

    @Autowired
    ProcedureCatalog catalog;

    @Autowired
    PublicDossiers publicDossiers;

    private String dossier;
    private String instanceId;

    @BeforeEach
    void initAssertions() {
        init(engine);
    }

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void returnsAnIncompleteDossierAndStopsItsClock() {
        ProcessInstance instance = submittedOn("2026-03-02T08:30");

        complete(task(instance), withVariables("dossierComplete", false, "clerkNote", "Thiếu đơn đề nghị"));

        assertThat(instance).isEnded().hasPassed("Task_RegisterDossier", "EndEvent_DossierReturned");
        assertThat(clocks.ofDossier(dossier)).extracting(ClockView::state).containsExactly(ClockState.STOPPED);
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(dossiers.get(dossier).history()).extracting(Dossier.Event::reason).contains("Thiếu đơn đề nghị");
    }

    @Test
    void finishesOnTimeWithTheStageAndDossierClocksComputedInOfficeTime() {
        ProcessInstance instance = acceptedOn("2026-03-02T08:30");

        assertThat(clock("DOSSIER").dueAt()).isEqualTo(hanoi("2026-03-05T08:30")); // Mon 08:30 + 3 × 8 h
        assertThat(clock("STAGE").dueAt()).isEqualTo(hanoi("2026-03-04T08:30"));   // Mon 08:30 + 2 × 8 h
        assertThat(timerDue("Timer_StageOverdue")).isEqualTo(date("2026-03-04T08:30"));
        // apology: the later of 1 WD before due (Wed 08:30) and 75 % of 24 h = 18 h after Mon 08:30 (Wed 10:30)
        assertThat(timerDue("Timer_DossierApology")).isEqualTo(date("2026-03-04T10:30"));

        at("2026-03-03T14:00");
        complete(task("Task_ProcessDossier", instance), withVariables("needsSupplement", false));
        complete(task("Task_ReturnResult", instance));

        assertThat(instance).isEnded().hasPassed("EndEvent_StageDone", "EndEvent_HandlingDone", "EndEvent_DossierFinished")
                .hasNotPassed("Task_IssueApology", "Task_ExpediteStage");
        assertThat(clock("DOSSIER").state()).isEqualTo(ClockState.STOPPED);
        assertThat(clock("DOSSIER").countedOverdue()).isFalse();
        assertThat(clock("STAGE").state()).isEqualTo(ClockState.STOPPED);
        assertThat(dossiers.get(dossier).history()).extracting(Dossier.Event::status)
                .containsExactly(DossierStatus.RECEIVED, DossierStatus.IN_PROCESS, DossierStatus.FINISHED);
    }

    @Test
    void pausesTheClocksWhileTheApplicantSupplementsAndMovesTheTimersByExactlyThePausedOfficeTime() {
        ProcessInstance instance = acceptedOn("2026-03-02T08:30");

        at("2026-03-03T08:30"); // Tue: 16 h of the dossier and 8 h of the stage are left
        complete(task("Task_ProcessDossier", instance), withVariables("needsSupplement", true));

        assertThat(clock("DOSSIER").state()).isEqualTo(ClockState.PAUSED);
        assertThat(clock("STAGE").state()).isEqualTo(ClockState.PAUSED);
        assertThat(timerDue("Timer_StageOverdue")).isEqualTo(NEVER);
        assertThat(timerDue("Timer_DossierApology")).isEqualTo(NEVER);
        assertThat(supplementStep()).as("the shared supplement step (form 02)").isWaitingAt("Gateway_AwaitSupplement");
        assertThat(timerDue("Timer_SupplementExpired")).isEqualTo(date("2026-03-12T08:30")); // 7 WD from Tue 03/03
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);

        at("2026-03-06T08:30"); // Fri: three working days later
        supplementArrives();

        assertThat(instance).isWaitingAt("Task_ProcessDossier");
        assertThat(clock("STAGE").dueAt()).isEqualTo(hanoi("2026-03-09T08:30"));   // Wed 04/03 08:30 + 3 WD
        assertThat(clock("DOSSIER").dueAt()).isEqualTo(hanoi("2026-03-10T08:30")); // Thu 05/03 08:30 + 3 WD
        assertThat(timerDue("Timer_StageOverdue")).isEqualTo(date("2026-03-09T08:30"));
        assertThat(timerDue("Timer_DossierApology")).isEqualTo(date("2026-03-09T10:30")); // Wed 04/03 10:30 + 3 WD

        at("2026-03-09T10:29"); // the stage is late, the dossier not yet near its end
        runDueTimers();
        assertThat(instance).isWaitingAt("Task_ProcessDossier", "Task_ExpediteStage");
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_IssueApology")
                .processInstanceId(instance.getId()).count()).isZero();

        at("2026-03-09T10:31");
        runDueTimers();
        assertThat(instance).isWaitingAt("Task_ProcessDossier", "Task_ExpediteStage", "Task_IssueApology");
        assertThat(task("Task_IssueApology", instance)).hasCandidateGroup("lanh-dao");
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "proposedAppointment"))
                .isEqualTo("08:30 ngày 12/03/2026"); // Tue 10/03 08:30 + WD:2
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "newAppointment")).isEqualTo("2026-03-12T08:30:00");

        complete(task("Task_IssueApology", instance), withVariables("apologyReason", "Chờ xác minh"));
        assertThat(clock("DOSSIER").dueAt()).isEqualTo(hanoi("2026-03-12T08:30"));
        assertThat(clock("DOSSIER").countedOverdue()).isTrue();

        complete(task("Task_ExpediteStage", instance), withVariables("expediteNote", "Đã nhắc cán bộ", "stopEscalation", true));
        at("2026-03-11T09:00");
        complete(task("Task_ProcessDossier", instance), withVariables("needsSupplement", false));
        complete(task("Task_ReturnResult", instance));

        assertThat(instance).isEnded().hasPassed("CallActivity_Supplement", "EndEvent_EscalationStopped",
                "EndEvent_ApologyIssued", "EndEvent_DossierFinished");
        assertThat(clock("DOSSIER").state()).isEqualTo(ClockState.STOPPED);
        assertThat(clock("DOSSIER").countedOverdue()).as("an apology keeps the dossier overdue").isTrue();
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.FINISHED);
        assertThat(dossiers.get(dossier).dueAt()).as("the appointment of the apology letter").isEqualTo(hanoi("2026-03-12T08:30"));
        assertThat(dossiers.get(dossier).history()).extracting(Dossier.Event::status).containsExactly(DossierStatus.RECEIVED,
                DossierStatus.IN_PROCESS, DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.IN_PROCESS, DossierStatus.FINISHED);
    }

    @Test
    void escalatesALateStageAgainEachWorkingDayUntilTheStageIsDone() {
        ProcessInstance instance = acceptedOn("2026-03-02T08:30"); // stage due Wed 04/03 08:30

        at("2026-03-04T08:29");
        runDueTimers();
        assertThat(openTasks(instance, "Task_ExpediteStage")).isZero();

        at("2026-03-04T08:31");
        runDueTimers();
        assertThat(openTasks(instance, "Task_ExpediteStage")).isEqualTo(1);
        complete(task("Task_ExpediteStage", instance), withVariables("expediteNote", "Đã nhắc lần 1"));
        assertThat(timerDue("Timer_EscalateAgain")).isEqualTo(date("2026-03-05T08:30")); // one WD after the due

        at("2026-03-05T08:31");
        runDueTimers();
        assertThat(openTasks(instance, "Task_ExpediteStage")).isEqualTo(1);

        complete(task("Task_ProcessDossier", instance), withVariables("needsSupplement", false));
        assertThat(openTasks(instance, "Task_ExpediteStage")).as("the reminders end with the stage").isZero();
        assertThat(instance).isWaitingAt("Task_ReturnResult", "Task_IssueApology");
    }

    @Test
    void letsTheLeaderStopTheDailyReminders() {
        ProcessInstance instance = acceptedOn("2026-03-02T08:30");
        at("2026-03-04T08:31");
        runDueTimers();

        complete(task("Task_ExpediteStage", instance), withVariables("expediteNote", "Cơ quan đã hẹn", "stopEscalation", true));

        assertThat(instance).hasPassed("EndEvent_EscalationStopped");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instanceId)
                .activityId("Timer_EscalateAgain").count()).isZero();
    }

    @Test
    void refusesTheDossierWhenNoSupplementArrivesWithinSevenWorkingDays() {
        ProcessInstance instance = acceptedOn("2026-03-02T08:30");
        at("2026-03-03T08:30");
        complete(task("Task_ProcessDossier", instance), withVariables("needsSupplement", true));

        at("2026-03-12T08:29");
        runDueTimers();
        assertThat(instance).isWaitingAt("CallActivity_Supplement");
        ProcessInstance step = supplementStep();

        at("2026-03-12T08:31");
        runDueTimers();

        assertThat(step).isEnded().hasPassed("Timer_SupplementExpired", "EndEvent_SupplementExpired");
        assertThat(instance).isEnded().hasPassed("BoundaryEvent_SupplementExpired", "EndEvent_DossierRefused");
        assertThat(clocks.ofDossier(dossier)).extracting(ClockView::state).containsOnly(ClockState.STOPPED);
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.REJECTED);
    }

    /** Through the application service that online intake uses: the dossier is registered and its process started. */
    private ProcessInstance submittedOn(String localTime) {
        at(localTime);
        var received = dossiers.receive(new Registration(catalog.get("9.000001.000.00.00.H56"), "xa-an-phu", Channel.ONLINE,
                new Applicant("Trần Thị B", new IdNumber("001203004005"), "0912345678", null, "Thôn 1, xã An Phú"),
                java.util.Map.of(), Time.now(), null, List.of(), null, null));
        dossier = received.code();
        instanceId = received.processInstanceId();
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    }

    private ProcessInstance acceptedOn(String localTime) {
        ProcessInstance instance = submittedOn(localTime);
        complete(task(instance), withVariables("dossierComplete", true));
        assertThat(instance).isWaitingAt("Task_ProcessDossier");
        return instance;
    }

    private long openTasks(ProcessInstance instance, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).count();
    }

    /** The applicant hands in the file through the public API's service, as a citizen's upload does. */
    private void supplementArrives() {
        byte[] pdf = TestFiles.pdf(1);
        publicDossiers.supplement(dossier, "001203004005", List.of(new PublicDossiers.File("DON_DE_NGHI", "don.pdf", pdf.length,
                () -> new ByteArrayInputStream(pdf))));
    }

    /** The running instance of the shared supplement step (processes/common/supplement.bpmn) for the dossier. */
    private ProcessInstance supplementStep() {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(dossier)
                .processDefinitionKey("supplement").singleResult();
    }

    private void runDueTimers() {
        for (var instance : engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(dossier).list()) {
            for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                    .duedateLowerThan(ClockUtil.getCurrentTime()).list()) {
                engine.getManagementService().executeJob(job.getId());
            }
        }
    }

    private Date timerDue(String activityId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(dossier).list().stream()
                .flatMap(instance -> engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                        .activityId(activityId).list().stream())
                .findFirst().orElseThrow().getDuedate();
    }

    private ClockView clock(String key) {
        return clocks.find(dossier, key).orElseThrow();
    }

    private static void at(String localTime) {
        ClockUtil.setCurrentTime(date(localTime));
    }

    private static Date date(String localTime) {
        return Date.from(hanoi(localTime));
    }

    private static Instant hanoi(String localTime) {
        return LocalDateTime.parse(localTime).atZone(HANOI).toInstant();
    }
}
