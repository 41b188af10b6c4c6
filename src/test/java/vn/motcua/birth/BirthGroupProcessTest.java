package vn.motcua.birth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.motcua.EngineTime.at;
import static vn.motcua.EngineTime.hanoi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.DemoApp;
import vn.motcua.DossierJobs;
import vn.motcua.EngineRest;
import vn.motcua.PublicApi;
import vn.motcua.TestFiles;
import vn.motcua.deadline.ClockState;
import vn.motcua.deadline.ClockView;
import vn.motcua.deadline.Clocks;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.fee.Fees;

/**
 * The birth group (processes/birth-group), every path started through the public API with the engine
 * clock set; all times are Hà Nội time in March 2026 (no holidays). The dossier has WD:3, reception
 * WH:8, civil status the same day (15:00 cut-off), police and social insurance WD:2 each.
 */
@DemoApp
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BirthGroupProcessTest {

    private static final String MOTHER = "001203004005";
    private static final Set<String> PASSED = new HashSet<>();

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    Clocks clocks;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Fees fees;

    private String dossier;
    private ProcessInstance root;

    @AfterEach
    void rememberPassedNodesAndResetTheClock() {
        if (dossier != null) {
            for (HistoricActivityInstance activity : engine.getHistoryService().createHistoricActivityInstanceQuery()
                    .processInstanceId(root()).list()) {
                PASSED.add(activity.getActivityId());
            }
            supplementInstances().forEach(id -> engine.getHistoryService().createHistoricActivityInstanceQuery()
                    .processInstanceId(id).list().forEach(a -> PASSED.add("supplement:" + a.getActivityId())));
        }
        ClockUtil.reset();
    }

    @Test
    @Order(1)
    void registersTheBirthResidenceAndInsuranceCardOnTimeOnTheHappyPath() {
        submit("2026-03-02T08:30", "2026-02-20", Map.of());
        assertThat(clocks.find(dossier, "DOSSIER")).as("no appointment before acceptance").isEmpty();
        assertThat(clock("STAGE_RECEPTION").dueAt()).isEqualTo(hanoi("2026-03-03T08:30")); // 8 working hours

        acceptAt("2026-03-02T09:00");
        assertThat(clock("DOSSIER").dueAt()).isEqualTo(hanoi("2026-03-05T09:00")); // WD:3 from the acceptance
        assertThat(clock("STAGE_CIVIL_STATUS").dueAt()).isEqualTo(hanoi("2026-03-02T17:00")); // the same working day
        assertThat(fees.linesOf(dossier)).hasSize(2).allSatisfy(line -> assertThat(line.amountVnd()).isZero());
        assertThat(fees.linesOf(dossier)).extracting(line -> line.exemption()).containsExactly("DANG_KY_DUNG_HAN", "TRE_EM");
        assertThat(fees.totalOf(dossier)).isZero();

        registerBirthAt("2026-03-02T10:00");
        assertThat(variable("childIdNumber")).asString().matches("0013260\\d{5}");
        assertThat(clock("STAGE_POLICE").dueAt()).isEqualTo(hanoi("2026-03-04T10:00"));
        assertThat(clock("STAGE_INSURANCE").dueAt()).isEqualTo(hanoi("2026-03-04T10:00"));

        complete("Task_RegisterResidence", "2026-03-03T09:00", Map.of("verificationNeeded", false, "residenceNote", "Đủ điều kiện"));
        complete("Task_IssueInsuranceCard", "2026-03-03T10:00", Map.of("insuranceCardNumber", "TE1010123456789"));
        complete("Task_ReturnResults", "2026-03-03T14:00", Map.of());

        assertThat(instance()).isEnded().hasPassed("EndEvent_DossierFinished");
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.FINISHED);
        assertThat(dossiers.get(dossier).results()).extracting(r -> r.resultCode())
                .containsExactlyInAnyOrder("TRICH_LUC_KHAI_SINH", "XAC_NHAN_CU_TRU", "THE_BHYT");
        assertThat(clocks.ofDossier(dossier)).extracting(ClockView::state).containsOnly(ClockState.STOPPED);
        assertThat(clock("DOSSIER").countedOverdue()).isFalse();
    }

    @Test
    @Order(2)
    void givesThePoliceFiveWorkingDaysAndTheDossierTwoMoreWhenTheResidenceMustBeVerified() {
        submit("2026-03-02T08:30", "2026-02-21", Map.of());
        acceptAt("2026-03-02T09:00");
        registerBirthAt("2026-03-02T10:00");

        complete("Task_RegisterResidence", "2026-03-02T11:00", Map.of("verificationNeeded", true));

        assertThat(clock("STAGE_POLICE").dueAt()).isEqualTo(hanoi("2026-03-09T10:00")); // Wed 10:00 + 3 WD
        assertThat(clock("DOSSIER").dueAt()).isEqualTo(hanoi("2026-03-09T09:00"));      // Thu 09:00 + 2 WD
        assertThat(dossiers.get(dossier).dueAt()).isEqualTo(hanoi("2026-03-09T09:00"));
        // the apology point of the extended dossier is Fri 06/03 09:00 (1 WD before Mon 09/03 09:00)
        complete("Task_ConfirmResidence", "2026-03-05T10:00", Map.of("verificationResult", "Có nhà ở hợp pháp"));
        complete("Task_IssueInsuranceCard", "2026-03-05T10:30", Map.of("insuranceCardNumber", "TE1010123456790"));
        complete("Task_ReturnResults", "2026-03-05T14:00", Map.of());

        assertThat(instance()).isEnded().hasPassed("Task_ConfirmResidence", "EndEvent_DossierFinished");
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.FINISHED);
    }

    @Test
    @Order(3)
    void sendsAnIdentityMismatchToTheCivilStatusOfficerWhoAsksForASupplementAndThenGoesOn() {
        submit("2026-03-02T08:30", "2026-02-22", Map.of("motherName", "Nguyễn Thị Hồng"));
        acceptAt("2026-03-02T09:00");

        assertThat(instance()).isWaitingAt("Task_ResolveMismatch");
        assertThat(String.valueOf(variable("verificationProblem"))).contains("Nguyễn Thị Hoà");
        assertThat(task("Task_ResolveMismatch")).hasCandidateGroup("ho-tich");

        complete("Task_ResolveMismatch", "2026-03-02T10:00", Map.of("mismatchDecision", "SUPPLEMENT", "supplementItems", "Bản sao CCCD của mẹ"));
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        supplementAt("2026-03-03T09:00");
        assertThat(instance()).isWaitingAt("Task_ResolveMismatch"); // the register still disagrees

        complete("Task_ResolveMismatch", "2026-03-03T09:30", Map.of("mismatchDecision", "CONTINUE"));
        assertThat(instance()).isWaitingAt("Task_RegisterBirth");
    }

    @Test
    @Order(4)
    void resumesTheClocksWhenTheApplicantSupplementsAndCompletesTheDossier() {
        submit("2026-03-02T08:30", "2026-02-23", Map.of());
        complete("Task_ReviewDossier", "2026-03-02T09:30", Map.of("receptionDecision", "SUPPLEMENT", "supplementItems", "Giấy chứng sinh rõ nét"));
        assertThat(clock("STAGE_RECEPTION").state()).isEqualTo(ClockState.PAUSED);

        supplementAt("2026-03-04T09:30"); // two working days later

        assertThat(clock("STAGE_RECEPTION").dueAt()).isEqualTo(hanoi("2026-03-05T08:30")); // 7 h left from Wed 09:30
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.AWAITING_RECEPTION);
        acceptAt("2026-03-04T10:00");
        assertThat(clock("DOSSIER").dueAt()).as("counted from the complete dossier").isEqualTo(hanoi("2026-03-09T10:00"));
        registerBirthAt("2026-03-04T11:00");
        complete("Task_RegisterResidence", "2026-03-05T09:00", Map.of("verificationNeeded", false));
        complete("Task_IssueInsuranceCard", "2026-03-05T09:30", Map.of("insuranceCardNumber", "TE1010123456791"));
        complete("Task_ReturnResults", "2026-03-05T10:00", Map.of());

        assertThat(instance()).isEnded().hasPassed("CallActivity_ReceptionSupplement", "EndEvent_DossierFinished");
        assertThat(dossiers.get(dossier).history()).extracting(e -> e.status()).containsExactly(DossierStatus.AWAITING_RECEPTION,
                DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.AWAITING_RECEPTION, DossierStatus.RECEIVED, DossierStatus.IN_PROCESS,
                DossierStatus.FINISHED);
    }

    @Test
    @Order(5)
    void refusesTheDossierWhenTheApplicantDoesNotSupplementWithinSevenWorkingDays() {
        submit("2026-03-02T08:30", "2026-02-24", Map.of());
        complete("Task_ReviewDossier", "2026-03-02T09:00", Map.of("receptionDecision", "SUPPLEMENT", "supplementItems", "Tờ khai CT01"));

        at("2026-03-11T08:59");
        runDueJobs();
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        at("2026-03-11T09:01"); // Mon 02/03 09:00 + 7 WD
        runDueJobs();

        assertThat(instance()).isEnded().hasPassed("BoundaryEvent_ReceptionSupplementExpired", "EndEvent_RefusedAtReception");
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.REJECTED);
        assertThat(clocks.ofDossier(dossier)).extracting(ClockView::state).containsOnly(ClockState.STOPPED);
    }

    @Test
    @Order(5)
    void refusesTheDossierWhenASupplementAnAgencyAskedForDoesNotCome() {
        submit("2026-03-02T08:30", "2026-02-18", Map.of());
        acceptAt("2026-03-02T09:00");
        complete("Task_RegisterBirth", "2026-03-02T10:00", Map.of("needsSupplement", true, "supplementItems", "Giấy chứng sinh"));

        at("2026-03-11T10:01"); // Mon 02/03 10:00 + 7 WD
        runDueJobs();

        assertThat(instance()).isEnded().hasPassed("BoundaryEvent_SupplementExpired", "EndEvent_DossierRefused");
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.REJECTED);
    }

    @Test
    @Order(6)
    void endsTheDossierItsClocksAndItsProcessWhenTheApplicantWithdrawsMidWay() {
        submit("2026-03-02T08:30", "2026-02-25", Map.of());
        acceptAt("2026-03-02T09:00");
        registerBirthAt("2026-03-02T10:00");

        var withdrawn = EngineRest.anonymous(port).post("/api/public/dossiers/" + dossier + "/withdrawal",
                "{\"idNumber\":\"" + MOTHER + "\",\"reason\":\"Gia đình chuyển nơi cư trú\"}");

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(dossier).count()).isZero();
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(clocks.ofDossier(dossier)).extracting(ClockView::state).containsOnly(ClockState.STOPPED);
    }

    @Test
    @Order(7)
    void letsTheCivilStatusOfficerRejectADossierTheRegisterContradicts() {
        submit("2026-03-02T08:30", "2026-02-26", Map.of("motherName", "Người Khác"));
        acceptAt("2026-03-02T09:00");

        complete("Task_ResolveMismatch", "2026-03-02T10:00", Map.of("mismatchDecision", "REJECT", "rejectReason", "Không phải mẹ của trẻ"));

        assertThat(instance()).isEnded().hasPassed("EndEvent_RejectedByOfficer", "BoundaryEvent_DossierRejected", "EndEvent_DossierRejected");
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.REJECTED);
        assertThat(dossiers.get(dossier).history()).extracting(e -> e.reason()).contains("Không phải mẹ của trẻ");
    }

    @Test
    @Order(8)
    void asksTheLeaderForAnApologyWhenThePoliceAreLateAndCountsTheDossierOverdueAfterCompletion() {
        submit("2026-03-02T08:30", "2026-02-27", Map.of());
        acceptAt("2026-03-02T09:00");
        registerBirthAt("2026-03-02T10:00");
        complete("Task_IssueInsuranceCard", "2026-03-03T10:00", Map.of("insuranceCardNumber", "TE1010123456792"));

        at("2026-03-04T10:59"); // police due Wed 10:00; the dossier's apology point is Wed 11:00 (75 % of its 24 h)
        runDueJobs();
        assertThat(openTasks("Task_IssueApology")).isZero();
        at("2026-03-04T11:01");
        runDueJobs();

        Task apology = task("Task_IssueApology");
        assertThat(apology).hasCandidateGroup("lanh-dao");
        assertThat(String.valueOf(variable("lateStage"))).startsWith("Công an - đăng ký thường trú");
        assertThat(variable("proposedAppointment")).isEqualTo("09:00 ngày 09/03/2026"); // Thu 05/03 09:00 + WD:2
        assertThat(variable("newAppointment")).isEqualTo("2026-03-09T09:00:00");
        complete("Task_IssueApology", "2026-03-04T11:10", Map.of("apologyReason", "Chờ xác minh nơi cư trú"));
        assertThat(clock("DOSSIER").dueAt()).isEqualTo(hanoi("2026-03-09T09:00"));
        assertThat(clock("STAGE_POLICE").countedOverdue()).as("the police used up the time").isTrue();

        complete("Task_RegisterResidence", "2026-03-05T09:00", Map.of("verificationNeeded", false));
        complete("Task_ReturnResults", "2026-03-05T10:00", Map.of());

        assertThat(instance()).isEnded().hasPassed("Timer_DossierApology", "EndEvent_ApologyIssued", "EndEvent_DossierFinished");
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.FINISHED);
        assertThat(clock("DOSSIER").countedOverdue()).as("overdue whatever happens next").isTrue();
        assertThat(clock("STAGE_INSURANCE").countedOverdue()).isFalse();
    }

    @Test
    @Order(9)
    void returnsADossierTheClerkCannotAccept() {
        submit("2026-03-02T08:30", "2026-02-28", Map.of());

        complete("Task_ReviewDossier", "2026-03-02T09:00", Map.of("receptionDecision", "RETURN", "returnReason", "Không thuộc thẩm quyền của xã"));

        assertThat(instance()).isEnded().hasPassed("EndEvent_DossierReturned");
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.RETURNED);
    }

    @Test
    @Order(10)
    void letsEveryAgencyAskForASupplement() {
        submit("2026-03-02T08:30", "2026-03-01", Map.of());
        acceptAt("2026-03-02T09:00");
        complete("Task_RegisterBirth", "2026-03-02T10:00", Map.of("needsSupplement", true, "supplementItems", "Giấy chứng sinh"));
        supplementAt("2026-03-02T11:00");
        registerBirthAt("2026-03-02T11:30");
        complete("Task_RegisterResidence", "2026-03-02T14:00", Map.of("needsSupplement", true, "supplementItems", "Giấy tờ chỗ ở"));
        supplementAt("2026-03-03T09:00");
        complete("Task_IssueInsuranceCard", "2026-03-03T09:30", Map.of("needsSupplement", true, "supplementItems", "Tờ khai TK1-TS"));
        supplementAt("2026-03-03T10:00");
        complete("Task_RegisterResidence", "2026-03-03T10:30", Map.of("needsSupplement", false, "verificationNeeded", false));
        complete("Task_IssueInsuranceCard", "2026-03-03T11:00", Map.of("needsSupplement", false, "insuranceCardNumber", "TE1010123456793"));
        complete("Task_ReturnResults", "2026-03-03T14:00", Map.of());

        assertThat(instance()).isEnded().hasPassed("CallActivity_CivilSupplement", "CallActivity_PoliceSupplement",
                "CallActivity_InsuranceSupplement", "EndEvent_DossierFinished");
    }

    @Test
    @Order(10)
    void answersThePoliceAndSocialInsuranceAskingAtOnceWithOneFormAndOneUploadThatResumesBothStages() {
        submit("2026-03-02T08:30", "2026-03-03", Map.of());
        acceptAt("2026-03-02T09:00");
        registerBirthAt("2026-03-02T10:00"); // both stages due Wed 04/03 10:00

        complete("Task_RegisterResidence", "2026-03-02T14:00", Map.of("needsSupplement", true, "supplementItems", "Giấy tờ chứng minh chỗ ở hợp pháp"));
        complete("Task_IssueInsuranceCard", "2026-03-02T15:00", Map.of("needsSupplement", true, "supplementItems", "Tờ khai tham gia BHYT (TK1-TS)"));

        assertThat(instance()).isWaitingAt("CallActivity_PoliceSupplement", "CallActivity_InsuranceSupplement");
        var dossierNow = dossiers.get(dossier);
        assertThat(dossierNow.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(dossierNow.history().get(dossierNow.history().size() - 1).reason()).as("one form 02 listing both agencies' items")
                .contains("Giấy tờ chứng minh chỗ ở hợp pháp", "Tờ khai tham gia BHYT (TK1-TS)");
        assertThat(clocks.ofDossier(dossier)).filteredOn(c -> c.key().startsWith("SUPPLEMENT")).singleElement()
                .satisfies(c -> assertThat(c.dueAt()).as("7 WD from the latest request").isEqualTo(hanoi("2026-03-11T15:00")));
        assertThat(clock("STAGE_POLICE").state()).isEqualTo(ClockState.PAUSED);
        assertThat(clock("STAGE_INSURANCE").state()).isEqualTo(ClockState.PAUSED);

        supplementAt("2026-03-04T09:00");

        assertThat(instance()).isWaitingAt("Task_RegisterResidence", "Task_IssueInsuranceCard");
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.IN_PROCESS);
        // 13 office hours were left of each stage when the police asked (Mon 14:00 to Wed 10:00)
        assertThat(clock("STAGE_POLICE").dueAt()).isEqualTo(hanoi("2026-03-05T15:00"));
        assertThat(clock("STAGE_INSURANCE").dueAt()).isEqualTo(hanoi("2026-03-05T15:00"));
        assertThat(clocks.ofDossier(dossier)).filteredOn(c -> c.key().startsWith("SUPPLEMENT")).extracting(ClockView::state)
                .containsExactly(ClockState.STOPPED);

        complete("Task_RegisterResidence", "2026-03-04T10:00", Map.of("needsSupplement", false, "verificationNeeded", false));
        complete("Task_IssueInsuranceCard", "2026-03-04T10:30", Map.of("needsSupplement", false, "insuranceCardNumber", "TE1010123456794"));
        complete("Task_ReturnResults", "2026-03-04T14:00", Map.of());

        assertThat(instance()).isEnded().hasPassed("EndEvent_DossierFinished");
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.FINISHED);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(dossier).count()).isZero();
    }

    @Test
    @Order(11)
    void sendsASecondDossierForTheSameBirthToTheCivilStatusOfficerWhateverTheAccentsOfTheChildsName() {
        submit("2026-03-02T08:30", "2026-02-10", Map.of());
        String first = dossier;
        acceptAt("2026-03-02T09:00");
        assertThat(instance()).isWaitingAt("Task_RegisterBirth");

        submit("2026-03-02T10:00", "2026-02-10", Map.of("childName", "tran  bao an"));
        acceptAt("2026-03-02T10:30");

        assertThat(instance()).isWaitingAt("Task_ResolveMismatch");
        assertThat(variable("verificationProblem")).isEqualTo("Trẻ đã được đăng ký trong hồ sơ " + first);
    }

    @Test
    @Order(12)
    void countsAGroupDossierAcceptedAfterThreeOnAFridayFromMonday() {
        submit("2026-03-06T14:00", "2026-03-04", Map.of());

        acceptAt("2026-03-06T15:30"); // Friday, after the 15:00 cut-off

        assertThat(clock("DOSSIER").startsAt()).isEqualTo(hanoi("2026-03-09T08:00"));
        assertThat(clock("DOSSIER").dueAt()).isEqualTo(hanoi("2026-03-11T17:00")); // Mon 08:00 + WD:3
        assertThat(dossiers.get(dossier).dueAt()).isEqualTo(hanoi("2026-03-11T17:00"));
    }

    @Test
    @Order(13)
    void fixesTheAppointmentOfAnOnlineDossierWhenTheReceptionOfficerAcceptsIt() {
        submit("2026-03-02T09:00", "2026-03-05", Map.of());

        var awaiting = lookup();
        assertThat(awaiting.get("status").asText()).isEqualTo("AWAITING_RECEPTION");
        assertThat(awaiting.get("statusLabel").asText()).isEqualTo("Chờ tiếp nhận");
        assertThat(awaiting.hasNonNull("dueAt")).as("no appointment before acceptance").isFalse();
        assertThat(awaiting.hasNonNull("slipUrl")).isFalse();
        var noSlip = EngineRest.anonymous(port).download(slipPath());
        assertThat(noSlip.status()).as("no slip (form 01) before acceptance").isEqualTo(409);
        assertThat(noSlip.header("Content-Type")).startsWith("application/problem+json");
        assertThat(clock("STAGE_RECEPTION").dueAt()).isEqualTo(hanoi("2026-03-03T09:00")); // 8 working hours
        assertThat(variable("appointment")).asString().startsWith("Chờ tiếp nhận");

        acceptAt("2026-03-03T10:00");

        var accepted = lookup();
        assertThat(accepted.get("dueAt").asText()).isEqualTo("2026-03-06T10:00:00+07:00"); // Tue 10:00 + WD:3
        assertThat(accepted.get("status").asText()).isEqualTo("IN_PROCESS");
        assertThat(accepted.get("history").findValuesAsText("reason")).anySatisfy(reason -> assertThat(reason).contains("10:00 ngày 06/03/2026"));
        assertThat(accepted.get("slipUrl").asText()).endsWith("/slip?idNumber=" + MOTHER);
        assertThat(EngineRest.anonymous(port).download(slipPath()).status()).as("the slip is issued with the appointment").isEqualTo(200);
        assertThat(variable("appointment")).isEqualTo("10:00 ngày 06/03/2026");
    }

    @Test
    @Order(100)
    void coversEveryFlowNodeOfTheBirthGroupAndTheSupplementModels() {
        dossier = null;
        List<String> missing = new ArrayList<>();
        for (String model : List.of("birth-group/birth-group.bpmn", "common/supplement.bpmn")) {
            String prefix = model.startsWith("common") ? "supplement:" : "";
            Bpmn.readModelFromFile(new java.io.File("processes/" + model)).getModelElementsByType(FlowNode.class)
                    .forEach(node -> {
                        if (!PASSED.contains(prefix + node.getId())) {
                            missing.add(prefix + node.getId());
                        }
                    });
        }
        assertThat(missing).as("flow nodes no test passes").isEmpty();
    }

    // ---- the applicant, the clerks and the clock -------------------------------------------------------------

    private void submit(String localTime, String birthDate, Map<String, String> overrides) {
        at(localTime);
        Map<String, String> details = new HashMap<>(Map.of("childName", "Trần Bảo An", "childBirthDate", birthDate,
                "childSex", "NU", "childBirthPlace", "Trạm y tế xã An Phú", "motherName", "Nguyễn Thị Hoà",
                "motherIdNumber", MOTHER, "fatherName", "Trần Văn Bình", "fatherIdNumber", "001090001234",
                "residenceAddress", "Thôn 2, xã An Phú, Tỉnh Mẫu"));
        details.putAll(overrides);
        String detailsJson = details.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .reduce((a, b) -> a + "," + b).orElseThrow();
        var response = PublicApi.at(port).application("""
                {"procedureCode":"1.012656.000.00.00.H56","officeId":"xa-an-phu",
                 "applicant":{"name":"Nguyễn Thị Hoà","idNumber":"%s","phone":"0912345678","address":"Thôn 2, xã An Phú, Tỉnh Mẫu"},
                 "details":{%s}}""".formatted(MOTHER, detailsJson))
                .file("TO_KHAI_KHAI_SINH", "to-khai.pdf", TestFiles.pdf(1)).file("GIAY_CHUNG_SINH", "giay-chung-sinh.jpg", TestFiles.jpeg())
                .file("TO_KHAI_CU_TRU", "ct01.pdf", TestFiles.pdf(2)).submit();
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        dossier = response.json().get("code").asText();
        root = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(dossier)
                .processDefinitionKey("birth-group").singleResult();
        assertThat(instance()).isWaitingAt("Task_ReviewDossier");
    }

    private com.fasterxml.jackson.databind.JsonNode lookup() {
        var response = EngineRest.anonymous(port).get("/api/public/dossiers/" + dossier + "?idNumber=" + MOTHER);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private String slipPath() {
        return "/api/public/dossiers/" + dossier + "/slip?idNumber=" + MOTHER;
    }

    private void acceptAt(String localTime) {
        complete("Task_ReviewDossier", localTime, Map.of("receptionDecision", "ACCEPT"));
    }

    private void registerBirthAt(String localTime) {
        complete("Task_RegisterBirth", localTime, Map.of("needsSupplement", false, "registerBookNumber", "123/2026"));
        assertThat(dossiers.get(dossier).results()).extracting(r -> r.resultCode()).contains("TRICH_LUC_KHAI_SINH");
    }

    private void supplementAt(String localTime) {
        at(localTime);
        var response = PublicApi.at(port).file("GIAY_TO_CHO_O", "cho-o.pdf", TestFiles.pdf(1)).supplement(dossier, MOTHER);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        runDueJobs();
    }

    private void complete(String taskKey, String localTime, Map<String, Object> variables) {
        DossierJobs.complete(engine, dossier, taskKey, localTime, variables);
    }

    private Task task(String taskKey) {
        return DossierJobs.openTask(engine, dossier, taskKey);
    }

    private long openTasks(String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(dossier).taskDefinitionKey(taskKey).count();
    }

    private void runDueJobs() {
        DossierJobs.runDue(engine, dossier);
    }

    private List<String> instances() {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(dossier).list().stream()
                .map(ProcessInstance::getId).toList();
    }

    private List<String> supplementInstances() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(dossier)
                .processDefinitionKey("supplement").list().stream().map(p -> p.getId()).toList();
    }

    private String root() {
        return root.getId();
    }

    private ProcessInstance instance() {
        return root;
    }

    private Object variable(String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(root()).variableName(name)
                .singleResult().getValue();
    }

    private ClockView clock(String key) {
        return clocks.find(dossier, key).orElseThrow();
    }
}
