package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.motcua.DemoApp;
import vn.motcua.EngineRest;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.deadline.ClockView;
import vn.motcua.deadline.Clocks;
import vn.motcua.deadline.process.DeadlineExpressions;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.IdNumber;
import vn.motcua.dossier.Registration;
import vn.motcua.dossier.process.DossierExpressions;
import vn.motcua.dossier.process.FeeCollectionExpressions;
import vn.motcua.dossier.process.NotificationExpressions;
import vn.motcua.shared.DossierOfAnotherOffice;
import vn.motcua.shared.Time;

/**
 * A process instance belongs to the office that received its dossier; what it may reach is that office's dossiers
 * only. An office can choose the business key and the variables of what it starts, so every way from an instance
 * to a dossier is tried here with an instance of Bình Hòa and a dossier of An Phú.
 */
@DemoApp
class CrossOfficeDossierIntegrationTest {

    private static final String AN_PHU = "xa-an-phu";
    private static final String BINH_HOA = "xa-binh-hoa";
    private static final String ID_NUMBER = "001203007788";

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Autowired
    ProcedureCatalog catalog;

    @Autowired
    Clocks clocks;

    @Autowired
    ApplicationContext beans;

    private Dossier anPhu;
    private List<ClockView> anPhuClocks;

    @BeforeEach
    void anAnPhuDossierReceivedOnline() {
        ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2026-03-03T02:00:00Z"))); // Tuesday 09:00 in Hà Nội
        anPhu = dossiers.receive(new Registration(catalog.get("9.000001.000.00.00.H56"), AN_PHU, Channel.ONLINE,
                new Applicant("Đỗ Thị An", new IdNumber(ID_NUMBER), "0912000111", "an@example.vn", null), Map.of(), Time.now(),
                null, List.of(), null, null));
        anPhuClocks = clocks.ofDossier(anPhu.code());
    }

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void refusesAStartOfAnotherOfficeThatNamesItsDossierAndLeaksNothing() {
        var response = EngineRest.as(port, "letan.binhhoa", "demo").post("/engine-rest/process-definition/key/hello-dossier/start",
                "{\"businessKey\":\"" + anPhu.code() + "\",\"withVariablesInReturn\":true,\"variables\":{"
                        + "\"dossierCode\":{\"value\":\"" + anPhu.code() + "\"},\"applicantName\":{\"value\":\"Kẻ Lạ\"},"
                        + "\"idNumber\":{\"value\":\"001203004005\"}}}");

        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("dossierCode");
        assertThat(response.json().get("detail").asText()).contains("dossierCode", "không thuộc", "does not belong");
        assertThat(response.body()).doesNotContain(ID_NUMBER, "Đỗ Thị An", "slip", "Exception", "vn.motcua");
        assertUnchanged();
    }

    @Test
    void givesAStartOfTheSameOfficeThatNamesADossierInHandANewDossier() {
        var clerk = EngineRest.as(port, "letan.anphu", "demo");

        var response = clerk.post("/engine-rest/process-definition/key/hello-dossier/start",
                "{\"businessKey\":\"" + anPhu.code() + "\",\"variables\":{\"dossierCode\":{\"value\":\"" + anPhu.code() + "\"},"
                        + "\"applicantName\":{\"value\":\"Trần Văn Mới\"},\"idNumber\":{\"value\":\"001203004005\"}}}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        String instance = response.json().get("id").asText();
        assertThat(dossiers.findByProcessInstance(instance)).hasValueSatisfying(created -> {
            assertThat(created.code()).isNotEqualTo(anPhu.code());
            assertThat(created.applicant().name()).isEqualTo("Trần Văn Mới");
        });
        assertThat(clerk.get("/engine-rest/process-instance/" + instance).json().get("businessKey").asText()).isNotEqualTo(anPhu.code());
        assertUnchanged();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "fee-collection", "supplement" })
    void refusesABuildingBlockStartedByAnotherOfficeOnItsDossier(String processKey) {
        var response = EngineRest.as(port, "letan.binhhoa", "demo").post("/engine-rest/process-definition/key/" + processKey + "/start",
                "{\"businessKey\":\"" + anPhu.code() + "\",\"variables\":{\"supplementItems\":{\"value\":\"Giấy khai sinh\"}}}");

        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("dossierCode");
        assertThat(response.body()).doesNotContain(ID_NUMBER, "Exception", "vn.motcua");
        assertUnchanged();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dossierSteps")
    void refusesEveryDossierStepOfAnInstanceOfAnotherOffice(Consumer<Steps> step) {
        assertThatThrownBy(() -> step.accept(new Steps(beans, binhHoaExecution())))
                .isInstanceOf(DossierOfAnotherOffice.class).hasMessageContaining("dossierCode");
        assertUnchanged();
    }

    @Test
    void letsEveryStepOfTheDossiersOwnOfficeThrough() {
        var execution = execution(AN_PHU);

        new Steps(beans, execution).expressions.status(execution, "IN_PROCESS");

        assertThat(dossiers.get(anPhu.code()).status()).hasToString("IN_PROCESS");
    }

    static Stream<Arguments> dossierSteps() {
        return Stream.of(
                step("registerDossierDelegate", s -> s.delegate("registerDossierDelegate")),
                step("verifyApplicantDelegate", s -> s.delegate("verifyApplicantDelegate")),
                step("assignChildIdDelegate", s -> s.delegate("assignChildIdDelegate")),
                step("issueResultDelegate", s -> s.delegate("issueResultDelegate")),
                step("issueCertifiedCopyDelegate", s -> s.delegate("issueCertifiedCopyDelegate")),
                step("computeFeeDelegate", s -> s.delegate("computeFeeDelegate")),
                step("recordFeeDelegate", s -> s.delegate("recordFeeDelegate")),
                step("awaitFeeDelegate", s -> s.delegate("awaitFeeDelegate")),
                step("feeNoticeDelegate", s -> s.delegate("feeNoticeDelegate")),
                step("issueReceiptDelegate", s -> s.delegate("issueReceiptDelegate")),
                step("dossiers.status", s -> s.expressions.status(s.execution, "RETURNED")),
                step("dossiers.status with a reason", s -> s.expressions.status(s.execution, "RETURNED", "reason")),
                step("dossiers.statusBecause", s -> s.expressions.statusBecause(s.execution, "REJECTED", "Không đủ")),
                step("notifications.send", s -> s.notifications.send(s.execution, "REFUSED")),
                step("feeCollection.counterPaid", s -> s.fees.counterPaid(s.task())),
                step("feeCollection.resumeClocks", s -> s.fees.resumeClocks(s.execution)),
                step("feeCollection.stopTakingPayments", s -> s.fees.stopTakingPayments(s.execution)),
                step("feeCollection.tellPaid", s -> s.fees.tellPaid(s.execution)),
                step("deadlines.start", s -> s.deadlines.start(s.execution, "STAGE_X", "WD:1")),
                step("deadlines.stop", s -> s.deadlines.stop(s.execution, "DOSSIER")),
                step("deadlines.stopAll", s -> s.deadlines.stopAll(s.execution)),
                step("deadlines.extend", s -> s.deadlines.extend(s.execution, "DOSSIER", "WD:3")),
                step("deadlines.markLateStages", s -> s.deadlines.markLateStages(s.execution)),
                step("deadlines.showOnTask", s -> s.deadlines.showOnTask(s.task(), "DOSSIER")),
                step("deadlines.pauseForSupplement", s -> s.deadlines.pauseForSupplement(s.execution)),
                step("deadlines.resumeAfterSupplement", s -> s.deadlines.resumeAfterSupplement(s.execution)),
                step("deadlines.dueAt", s -> s.deadlines.dueAt(s.execution, "DOSSIER")),
                step("deadlines.supplementDueAt", s -> s.deadlines.supplementDueAt(s.execution)),
                step("deadlines.warningAt", s -> s.deadlines.warningAt(s.execution, "DOSSIER")),
                step("deadlines.apologyAt", s -> s.deadlines.apologyAt(s.execution, "DOSSIER")),
                step("deadlines.nextEscalationAt", s -> s.deadlines.nextEscalationAt(s.execution, "DOSSIER")),
                step("deadlines.proposeNewAppointment", s -> s.deadlines.proposeNewAppointment(s.execution, "DOSSIER")),
                step("deadlines.issueApology", s -> s.deadlines.issueApology(s.execution, "DOSSIER")));
    }

    private static Arguments step(String name, Consumer<Steps> step) {
        return Arguments.of(Named.of(name, step));
    }

    /** The beans process models call, with one execution to call them with. */
    record Steps(ApplicationContext beans, DelegateExecution execution, DossierExpressions expressions,
            NotificationExpressions notifications, FeeCollectionExpressions fees, DeadlineExpressions deadlines) {

        Steps(ApplicationContext beans, DelegateExecution execution) {
            this(beans, execution, beans.getBean(DossierExpressions.class), beans.getBean(NotificationExpressions.class),
                    beans.getBean(FeeCollectionExpressions.class), beans.getBean(DeadlineExpressions.class));
        }

        void delegate(String name) {
            try {
                beans.getBean(name, JavaDelegate.class).execute(execution);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        DelegateTask task() {
            DelegateTask task = mock(DelegateTask.class);
            when(task.getExecution()).thenReturn(execution);
            when(task.getVariable(anyString())).thenAnswer(call -> execution.getVariable(call.getArgument(0)));
            return task;
        }
    }

    private DelegateExecution binhHoaExecution() {
        return execution(BINH_HOA);
    }

    /** An execution of that office's instance whose business key and variables name the An Phú dossier. */
    private DelegateExecution execution(String office) {
        Map<String, Object> variables = new HashMap<>(Map.of("dossierCode", anPhu.code(), "reason", "Trả lại hồ sơ",
                "feePausedClocks", "DOSSIER", "receiptId", "00000000-0000-0000-0000-000000000001", "feeNotice", "REMINDER",
                "paymentChannel", "COUNTER", "paymentReference", "REF-1", "resultCode", "KET_QUA", "counterPaymentConfirmed", true));
        variables.putAll(Map.of("payerName", "Kẻ Lạ", "newAppointment", "2026-03-20T10:00", "motherIdNumber", ID_NUMBER,
                "childName", "Bé", "childBirthDate", "2026-03-01", "childSex", "NU"));
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getTenantId()).thenReturn(office);
        when(execution.getProcessBusinessKey()).thenReturn(anPhu.code());
        when(execution.getProcessInstanceId()).thenReturn("instance-of-" + office);
        when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        when(execution.getVariableLocal(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        when(execution.hasVariable(anyString())).thenAnswer(call -> variables.containsKey(call.<String>getArgument(0)));
        return execution;
    }

    private void assertUnchanged() {
        Dossier now = dossiers.get(anPhu.code());
        assertThat(now.status()).isEqualTo(anPhu.status());
        assertThat(now.history()).hasSameSizeAs(anPhu.history());
        assertThat(now.dueAt()).isEqualTo(anPhu.dueAt());
        assertThat(now.results()).isEmpty();
        assertThat(clocks.ofDossier(anPhu.code())).usingRecursiveFieldByFieldElementComparator().isEqualTo(anPhuClocks);
    }
}
