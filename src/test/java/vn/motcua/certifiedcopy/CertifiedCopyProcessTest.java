package vn.motcua.certifiedcopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.motcua.EngineTime.at;
import static vn.motcua.EngineTime.hanoi;
import static vn.motcua.PaymentPage.press;
import static vn.motcua.PaymentPage.waitUntil;

import java.io.File;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
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

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.CounterScanner;
import vn.motcua.DemoApp;
import vn.motcua.DossierJobs;
import vn.motcua.EngineRest;
import vn.motcua.PublicApi;
import vn.motcua.TestFiles;
import vn.motcua.deadline.Clocks;
import vn.motcua.digitisation.Documents;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.fee.Fees;
import vn.motcua.fee.Payments;
import vn.motcua.signing.PdfVerifier;
import vn.motcua.signing.VerificationReport;

/**
 * The certified copy (processes/certified-copy, procedure 2.000815.000.00.00.H56) on the demo application: submitted
 * through the public API, the original compared by the civil-status officer, the fee collected, the copy certified by
 * the leader and signed by both. Every path, with the engine clock set; Hà Nội time, Monday 2 March 2026.
 */
@DemoApp
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertifiedCopyProcessTest {

    private static final String PROCEDURE = "2.000815.000.00.00.H56";
    private static final String HOA = "001203004005";
    private static final String OFFICER = "hotich.anphu";
    private static final String LEADER = "lanhdao.anphu";
    private static final Set<String> PASSED = new HashSet<>();

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Documents documents;
    @Autowired
    Fees fees;
    @Autowired
    Payments payments;
    @Autowired
    Clocks clocks;
    @Autowired
    PdfVerifier verifier;

    private String dossier;
    private ProcessInstance root;
    private byte[] original;

    @AfterEach
    void rememberPassedNodesAndResetTheClock() {
        if (root != null) {
            engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(root.getId()).list()
                    .forEach(a -> PASSED.add(a.getActivityId()));
        }
        ClockUtil.reset();
    }

    @Test
    @Order(1)
    void certifiesTheSameDayWithTheOfficersAndTheLeadersSignatures() throws Exception {
        submit("2026-03-02T09:00", 3, 2);
        assertThat(dossiers.get(dossier).dueAt()).isEqualTo(hanoi("2026-03-02T17:00"));
        assertThat(task("Task_CompareOriginal")).hasCandidateGroup("ho-tich");

        compare("2026-03-02T09:20", "MATCHES", false);
        assertThat(engine.getRuntimeService().getVariable(root.getId(), "comparedByName"))
                .as("the sign form shows the officer's name, not the login").isEqualTo("Hồ Văn Tịch (xã An Phú)");
        // 3 pages: 2 x 2,000 + 1,000 = 5,000 per copy, 2 copies
        assertThat(fees.totalOf(dossier)).isEqualTo(10_000);
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.AWAITING_FEE);
        payAtTheCounter("2026-03-02T09:30");
        sign("2026-03-02T10:00");

        assertThat(root).isEnded().hasPassed("Task_IssueCertifiedCopy", "EndEvent_DossierFinished");
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.FINISHED);
        byte[] copy = theCopy();
        assertThat(Arrays.copyOf(copy, original.length)).as("the original's bytes, then the signatures").isEqualTo(original);
        VerificationReport report = verifier.verify(copy);
        assertThat(report.problems()).isEmpty();
        assertThat(report.signatures()).extracting(VerificationReport.Signature::signer, VerificationReport.Signature::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hồ Văn Tịch (xã An Phú)", "Số hoá, đối chiếu đúng với bản chính"),
                        org.assertj.core.groups.Tuple.tuple("Lãnh Văn Đạo (xã An Phú)", "Chứng thực bản sao đúng với bản chính"));
        assertThat(report.signatures().get(1).signedAt().toInstant()).isEqualTo(hanoi("2026-03-02T10:00"));

        String documentId = dossiers.get(dossier).results().get(0).documentId().toString();
        JsonNode verified = EngineRest.anonymous(port).get("/api/public/verify/" + documentId).json();
        assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
        JsonNode lookup = EngineRest.anonymous(port).get("/api/public/dossiers/" + dossier + "?idNumber=" + HOA).json();
        assertThat(lookup.get("results").findValuesAsText("code")).containsExactly("BAN_SAO_CHUNG_THUC");
    }

    @Test
    @Order(2)
    void receivedAfterThreePmIsDueTheNextWorkingDay() throws Exception {
        submit("2026-03-02T15:30", 1, 1);

        assertThat(dossiers.get(dossier).dueAt()).isEqualTo(hanoi("2026-03-03T17:00"));

        compare("2026-03-03T08:10", "MATCHES", false);
        assertThat(fees.totalOf(dossier)).isEqualTo(2_000);
        payAtTheCounter("2026-03-03T08:20");
        sign("2026-03-03T08:40");
        assertThat(root).isEnded().hasPassed("EndEvent_DossierFinished");
    }

    @Test
    @Order(3)
    void manyOrComplexDocumentsGiveTwoMoreWorkingDays() throws Exception {
        submit("2026-03-02T09:00", 40, 3);

        compare("2026-03-02T09:30", "MATCHES", true);

        // Monday's closing + WD:2 = Wednesday's closing; the fee's wait has not started to count yet
        assertThat(clocks.find(dossier, "DOSSIER").orElseThrow().dueAt()).isEqualTo(hanoi("2026-03-04T17:00"));
        // 40 pages: 2 x 2,000 + 38 x 1,000 = 42,000 per copy, 3 copies
        assertThat(fees.totalOf(dossier)).isEqualTo(126_000);
        payAtTheCounter("2026-03-02T10:00");
        sign("2026-03-03T09:00");
        assertThat(root).isEnded().hasPassed("EndEvent_DossierFinished");
        assertThat(verifier.verify(theCopy()).valid()).isTrue();
    }

    @Test
    @Order(4)
    void goesOnWhenTheFeeIsPaidOnline() throws Exception {
        submit("2026-03-02T09:00", 2, 1);
        compare("2026-03-02T09:10", "MATCHES", false);
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.AWAITING_FEE);

        at("2026-03-02T09:20");
        var offer = EngineRest.anonymous(port).post("/api/public/dossiers/" + dossier + "/payments", "{\"idNumber\":\"" + HOA + "\"}");
        assertThat(offer.status()).as(offer.body()).isEqualTo(201);
        assertThat(offer.json().get("amount").asLong()).isEqualTo(4_000);
        String reference = offer.json().get("reference").asText();
        String page = offer.json().get("paymentUrl").asText().replace("http://localhost:8080", "http://localhost:" + port);
        assertThat(press(page, "PAY").statusCode()).isEqualTo(200);
        waitUntil(() -> payments.find(reference).orElseThrow().status().equals("PAID"));
        runDueJobs();

        assertThat(task("Task_SignCopy")).hasCandidateGroup("lanh-dao");
        sign("2026-03-02T09:40");
        assertThat(root).isEnded().hasPassed("EndEvent_DossierFinished");
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.FINISHED);
    }

    @Test
    @Order(5)
    void refusesAnOriginalThatDoesNotMatch() throws Exception {
        submit("2026-03-02T09:00", 1, 1);

        at("2026-03-02T09:15");
        Task compare = task("Task_CompareOriginal");
        engine.getTaskService().claim(compare.getId(), OFFICER);
        engine.getTaskService().complete(compare.getId(), Map.of("originalCheck", "DOES_NOT_MATCH",
                "mismatchReason", "Bản quét không khớp với bản chính: thiếu trang 2"));
        runDueJobs();

        assertThat(root).isEnded().hasPassed("EndEvent_OriginalRejected").hasNotPassed("CallActivity_CollectFee");
        var rejected = dossiers.get(dossier);
        assertThat(rejected.status()).isEqualTo(DossierStatus.REJECTED);
        assertThat(rejected.history().get(rejected.history().size() - 1).reason()).isEqualTo("Bản quét không khớp với bản chính: thiếu trang 2");
        assertThat(rejected.results()).isEmpty();
        assertThat(fees.totalOf(dossier)).isZero();
    }

    @Test
    @Order(6)
    void refusesTheDossierWhenTheFeeIsNotPaidInTime() throws Exception {
        submit("2026-03-02T09:00", 1, 1);
        compare("2026-03-02T09:30", "MATCHES", false);

        at("2026-03-04T09:29");
        runDueJobs();
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.AWAITING_FEE);
        at("2026-03-04T09:31"); // 09:30 + WD:2
        runDueJobs();

        assertThat(root).isEnded().hasPassed("BoundaryEvent_FeeNotPaid", "EndEvent_RefusedForFee").hasNotPassed("Task_SignCopy");
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.REJECTED);
    }

    @Test
    @Order(6)
    void certifiesTheOriginalAsTheClerkScannedItLast() throws Exception {
        submit("2026-03-02T09:00", 2, 1);
        at("2026-03-02T09:10");
        assertThat(CounterScanner.scan(port, "letan.anphu", dossier, "BAN_CHINH", "quet-lai.pdf", original).status())
                .as("the same file scanned again").isEqualTo(201);
        byte[] clearer = TestFiles.pdfOfAbout(20_000, 42);
        assertThat(CounterScanner.scan(port, "letan.anphu", dossier, "BAN_CHINH", "quet-ro.pdf", clearer).status()).isEqualTo(201);

        compare("2026-03-02T09:20", "MATCHES", false);
        payAtTheCounter("2026-03-02T09:30");
        sign("2026-03-02T10:00");

        byte[] copy = theCopy();
        assertThat(Arrays.copyOf(copy, clearer.length)).as("the last scan's bytes, then the signatures").isEqualTo(clearer);
        assertThat(dossiers.get(dossier).versionsOf("BAN_CHINH")).hasSize(3);
    }

    @Test
    @Order(7)
    void everyFlowNodeOfTheModelWasPassed() {
        var model = Bpmn.readModelFromFile(new File("processes/certified-copy/certified-copy.bpmn"));
        List<String> nodes = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList();

        assertThat(PASSED).containsAll(nodes);
    }

    private void submit(String localTime, int pages, int copies) {
        at(localTime);
        original = TestFiles.pdf(2);
        var response = PublicApi.at(port).application("""
                {"procedureCode":"%s","officeId":"xa-an-phu",
                 "applicant":{"name":"Nguyễn Thị Hoà","idNumber":"%s","phone":"0912345678"},
                 "details":{"feePages":"%d","feeCopies":"%d"}}""".formatted(PROCEDURE, HOA, pages, copies))
                .file("BAN_CHINH", "bang-tot-nghiep.pdf", original).submit();
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        dossier = response.json().get("code").asText();
        root = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(dossier).processDefinitionKey("certified-copy")
                .singleResult();
        runDueJobs();
    }

    private void compare(String localTime, String check, boolean complex) {
        at(localTime);
        Task compare = task("Task_CompareOriginal");
        engine.getTaskService().claim(compare.getId(), OFFICER);
        engine.getTaskService().complete(compare.getId(), Map.of("originalCheck", check, "complexDocuments", complex));
        runDueJobs();
    }

    private void payAtTheCounter(String localTime) {
        at(localTime);
        engine.getTaskService().complete(task("Task_CollectAtCounter").getId(), Map.of("payerName", "Nguyễn Thị Hoà",
                "payerIdNumber", HOA, "counterPaymentConfirmed", true));
        runDueJobs();
    }

    private void sign(String localTime) {
        at(localTime);
        Task sign = task("Task_SignCopy");
        engine.getTaskService().claim(sign.getId(), LEADER);
        engine.getTaskService().complete(sign.getId());
        runDueJobs();
    }

    private byte[] theCopy() throws Exception {
        var result = dossiers.get(dossier).results();
        assertThat(result).singleElement().satisfies(r -> assertThat(r.resultCode()).isEqualTo("BAN_SAO_CHUNG_THUC"));
        var document = documents.findForOwner(result.get(0).documentId(), HOA).orElseThrow();
        try (InputStream in = documents.content(document)) {
            return in.readAllBytes();
        }
    }

    private Task task(String taskKey) {
        return DossierJobs.openTask(engine, dossier, taskKey);
    }

    private void runDueJobs() {
        DossierJobs.runDue(engine, dossier);
    }
}
