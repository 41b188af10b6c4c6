package vn.motcua.reporting.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;


import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.DemoApp;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.IdNumber;
import vn.motcua.dossier.Registration;
import vn.motcua.identity.Office;
import vn.motcua.identity.Offices;
import vn.motcua.shared.Time;

/**
 * mc_dossier_holder follows the engine's tasks: who holds each open task of a dossier's own process, written in the
 * engine command's transaction. Dossiers of the sample procedure in an office of their own.
 */
@DemoApp
class DossierHolderIntegrationTest {

    private static final String OFFICE = "xa-nguoi-giu";
    private static final String ID_NUMBER = "001203007788";

    @Autowired
    Offices offices;

    @Autowired
    Dossiers dossiers;

    @Autowired
    ProcedureCatalog catalog;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RepositoryService repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void officeOfItsOwn() {
        offices.register(new Office(OFFICE, "000.00.93.H56", "Xã Người Giữ", "Tỉnh Mẫu"));
    }

    @Test
    void namesTheCandidateGroupOfANewTaskThenWhoeverClaimsItThenTheGroupAgain() {
        String dossier = received();
        String task = onlyTask(dossier).getId();

        assertThat(holders(dossier)).containsExactly("Tiếp nhận hồ sơ: GROUP tiep-nhan");
        tasks.claim(task, "letan.giu");
        assertThat(holders(dossier)).containsExactly("Tiếp nhận hồ sơ: USER letan.giu");
        tasks.setAssignee(task, "letan.khac");
        assertThat(holders(dossier)).containsExactly("Tiếp nhận hồ sơ: USER letan.khac");
        tasks.setAssignee(task, null);
        assertThat(holders(dossier)).containsExactly("Tiếp nhận hồ sơ: GROUP tiep-nhan");
    }

    @Test
    void followsCandidateGroupsAddedAndRemovedByHand() {
        String dossier = received();
        String task = onlyTask(dossier).getId();

        tasks.addCandidateGroup(task, "lanh-dao");
        assertThat(holders(dossier)).containsExactly("Tiếp nhận hồ sơ: GROUP lanh-dao", "Tiếp nhận hồ sơ: GROUP tiep-nhan");
        tasks.deleteCandidateGroup(task, "tiep-nhan");
        tasks.deleteCandidateGroup(task, "lanh-dao");
        assertThat(holders(dossier)).as("a task nobody holds is still an open task of the dossier")
                .containsExactly("Tiếp nhận hồ sơ: NONE ");
    }

    @Test
    void movesOnToTheNextTaskWhenOneIsCompleted() {
        String dossier = received();
        String reception = onlyTask(dossier).getId();
        tasks.claim(reception, "letan.giu");

        tasks.complete(reception, Map.of("dossierComplete", true));

        assertThat(holders(dossier)).containsExactly("Xử lý hồ sơ: GROUP ho-tich");
        assertThat(rowsOfTask(reception)).isZero();
    }

    @Test
    void forgetsTheTasksOfAWithdrawnDossier() {
        String dossier = received();

        dossiers.withdraw(dossier, ID_NUMBER, "Nộp nhầm");

        assertThat(holders(dossier)).isEmpty();
    }

    @Test
    void forgetsTheTasksOfAProcessInstanceDeletedWithoutItsCustomListeners() {
        String dossier = received();

        runtime.deleteProcessInstance(dossiers.get(dossier).processInstanceId(), "operator", true);

        assertThat(holders(dossier)).isEmpty();
    }

    @Test
    void changesNothingWhenTheEngineCommandFailsOrTheCallersTransactionRollsBack() {
        deploy(Bpmn.createExecutableProcess("holder-test-failing").camundaHistoryTimeToLive(1).startEvent()
                .userTask("Task_First").name("Bước một").camundaCandidateGroups("tiep-nhan")
                .serviceTask("Task_Broken").camundaExpression("${noSuchBean.run()}").endEvent().done());
        runtime.startProcessInstanceByKey("holder-test-failing", "HOLDER-FAIL-1", Map.of("officeId", OFFICE));
        String task = onlyTask("HOLDER-FAIL-1").getId();

        assertThatThrownBy(() -> tasks.complete(task)).hasMessageContaining("noSuchBean");
        transaction.executeWithoutResult(status -> {
            tasks.claim(task, "letan.giu");
            status.setRollbackOnly();
        });

        assertThat(holders("HOLDER-FAIL-1")).containsExactly("Bước một: GROUP tiep-nhan");
    }

    @Test
    void countsTheTasksOfACalledProcessAsTheDossiers() {
        deploy(Bpmn.createExecutableProcess("holder-test-child").camundaHistoryTimeToLive(1).startEvent()
                .userTask("Task_Child").name("Việc của quy trình con").camundaCandidateGroups("tiep-nhan").endEvent().done());
        deploy(Bpmn.createExecutableProcess("holder-test-parent").camundaHistoryTimeToLive(1).startEvent()
                .parallelGateway("Gateway_Fork")
                .callActivity("CallActivity_Child").calledElement("holder-test-child")
                .camundaInBusinessKey("#{execution.processBusinessKey}")
                .endEvent("EndEvent_Called")
                .moveToNode("Gateway_Fork").userTask("Task_Parent").name("Việc của quy trình chính").camundaCandidateGroups("ho-tich")
                .endEvent("EndEvent_Own").done());
        runtime.startProcessInstanceByKey("holder-test-parent", "HOLDER-CALL-1", Map.of("officeId", OFFICE));
        String child = tasks.createTaskQuery().taskDefinitionKey("Task_Child").processInstanceBusinessKey("HOLDER-CALL-1")
                .singleResult().getId();

        assertThat(holders("HOLDER-CALL-1")).as("the called process has the dossier's business key, as our models pass it on")
                .containsExactly("Việc của quy trình chính: GROUP ho-tich", "Việc của quy trình con: GROUP tiep-nhan");
        tasks.complete(child);
        assertThat(holders("HOLDER-CALL-1")).containsExactly("Việc của quy trình chính: GROUP ho-tich");
    }

    @Test
    void leavesOutTheTasksOfAProcessWithoutBusinessKey() {
        deploy(Bpmn.createExecutableProcess("holder-test-keyless").camundaHistoryTimeToLive(1).startEvent()
                .userTask("Task_Keyless").camundaCandidateGroups("tiep-nhan").endEvent().done());
        String instance = runtime.startProcessInstanceByKey("holder-test-keyless", Map.of("officeId", OFFICE)).getId();

        String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
        assertThat(rowsOfTask(task)).isZero();
    }

    private String received() {
        return dossiers.receive(new Registration(catalog.get("9.000001.000.00.00.H56"), OFFICE, Channel.ONLINE,
                new Applicant("Trần Văn Giữ", new IdNumber(ID_NUMBER), null, null, null), Map.of(), Time.now(), null, List.of(),
                null, null)).code();
    }

    private Task onlyTask(String businessKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    }

    private void deploy(BpmnModelInstance model) {
        String key = model.getModelElementsByType(Process.class).iterator().next().getId();
        repository.createDeployment().name(key).addModelInstance(key + ".bpmn", model).enableDuplicateFiltering(true).deploy();
    }

    private List<String> holders(String dossier) {
        return jdbc.sql("select task_name, holder_type, holder_id from mc_dossier_holder where dossier_code = ? "
                + "order by task_name, holder_type, holder_id").param(dossier)
                .query((rs, n) -> rs.getString(1) + ": " + rs.getString(2) + " " + rs.getString(3)).list();
    }

    private long rowsOfTask(String task) {
        return jdbc.sql("select count(*) from mc_dossier_holder where task_id = ?").param(task).query(Long.class).single();
    }
}
