package vn.motcua.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.motcua.EngineTime.at;
import static vn.motcua.EngineTime.hanoi;
import static vn.motcua.PaymentPage.press;
import static vn.motcua.PaymentPage.waitUntil;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.BadUserRequestException;
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

import vn.motcua.DemoApp;
import vn.motcua.DossierJobs;
import vn.motcua.EngineRest;
import vn.motcua.PublicApi;
import vn.motcua.TestFiles;
import vn.motcua.deadline.ClockEvent;
import vn.motcua.deadline.ClockState;
import vn.motcua.deadline.ClockView;
import vn.motcua.deadline.Clocks;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.FeeCollection;
import vn.motcua.fee.infra.SimulatedPaymentGateway;

/**
 * The shared fee-collection step (processes/common/fee-collection.bpmn), called by two test-only procedures
 * (src/test/resources/processes): a certified copy (per page and per case, clocks paused while the fee is
 * unpaid, WD:2 to pay) and a signature certification (per case, clock running, WD:1 to pay). Every path is
 * started through the public API with the engine clock set; all times are Hà Nội time in March 2026.
 */
@DemoApp
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeeCollectionProcessTest {

    private static final String CERTIFIED_COPY = "9.000091.000.00.00.H56";
    private static final String SIGNATURE = "9.000092.000.00.00.H56";
    private static final String HOA = "001203004005";
    private static final Set<String> PASSED = new HashSet<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Fees fees;
    @Autowired
    Payments payments;
    @Autowired
    Receipts receipts;
    @Autowired
    Clocks clocks;
    @Autowired
    SimulatedPaymentGateway gateway;
    @Autowired
    FeeCollection feeCollection;

    private String dossier;
    private ProcessInstance root;

    @AfterEach
    void rememberPassedNodesAndResetTheClock() {
        if (dossier != null) {
            engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(dossier).list()
                    .forEach(p -> engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(p.getId()).list()
                            .forEach(a -> PASSED.add(p.getProcessDefinitionKey() + ":" + a.getActivityId())));
        }
        ClockUtil.reset();
    }

    @Test
    @Order(1)
    void waitsForTheOnlinePaymentWithTheClockPausedThenIssuesOneReceiptAndGoesOn() throws Exception {
        submitCertifiedCopy("2026-03-02T08:30", 5, 2, null);

        // 5 pages: 2 x 2,000 + 3 x 1,000 = 7,000 per copy, 2 copies; one signature of the translator: 10,000
        assertThat(fees.linesOf(dossier)).containsExactly(new FeeLine("Phí chứng thực bản sao từ bản chính", 14_000, null),
                new FeeLine("Phí chứng thực chữ ký người dịch", 10_000, null));
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.AWAITING_FEE);
        assertThat(lastPublicReason()).isEqualTo("Số tiền phải nộp: 24.000 đồng (Hai mươi bốn nghìn đồng); hạn nộp: 08:30 ngày 04/03/2026");
        assertThat(clock("DOSSIER").state()).isEqualTo(ClockState.PAUSED);
        Task counter = task("Task_CollectAtCounter");
        assertThat(counter).hasCandidateGroup("tiep-nhan");
        assertThat(counter.getDueDate()).isEqualTo(Date.from(hanoi("2026-03-04T08:30"))); // Mon 08:30 + WD:2

        at("2026-03-02T10:30");
        var offer = requestPayment(HOA);
        assertThat(offer.status()).as(offer.body()).isEqualTo(201);
        assertThat(offer.json().get("amount").asLong()).isEqualTo(24_000);
        String reference = offer.json().get("reference").asText();
        String page = offer.json().get("paymentUrl").asText().replace("http://localhost:8080", "http://localhost:" + port);
        assertThat(requestPayment("079203004005").status()).as("someone else").isEqualTo(404);

        var shown = get(page);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("MÔ PHỎNG", "không có giao dịch tiền thật", "24.000 đồng", "Hai mươi bốn nghìn đồng",
                "Phí, lệ phí hồ sơ " + dossier, ">Thanh toán<", ">Huỷ<");

        var paid = press(page, "PAY");
        assertThat(paid.statusCode()).isEqualTo(200);
        assertThat(paid.body()).contains("Thanh toán thành công");
        waitUntil(() -> payments.find(reference).orElseThrow().status().equals("PAID"));
        assertThat(get(page).body()).as("the page takes no second payment").contains("Giao dịch đã được xử lý").doesNotContain(">Thanh toán<");
        // paid at 10:30: the two hours the fee waited do not count against the dossier (WD:1 from Mon 08:30)
        assertThat(clock("DOSSIER").state()).isEqualTo(ClockState.RUNNING);
        assertThat(clock("DOSSIER").dueAt()).isEqualTo(hanoi("2026-03-03T10:30"));
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.IN_PROCESS);

        runDueJobs();

        List<Receipt> issued = receipts.ofDossier(dossier);
        assertThat(issued).singleElement().satisfies(receipt -> {
            assertThat(receipt.paymentChannel()).isEqualTo(PaymentChannel.ONLINE);
            assertThat(receipt.paymentReference()).isEqualTo(reference);
            assertThat(receipt.amountVnd()).isEqualTo(24_000);
            assertThat(receipt.payerName()).isEqualTo("Nguyễn Thị Hoà");
            assertThat(receipt.lines()).hasSize(2);
        });
        // the gateway repeats its callback; a job retry asks for the receipt again: still one receipt
        var payment = payments.find(reference).orElseThrow();
        var again = gateway.signedCallback(reference, 24_000, "PAID", payment.transactionId(), UUID.randomUUID().toString());
        assertThat(payments.accept(again.body(), again.signature())).isEqualTo(CallbackOutcome.DUPLICATE);
        assertThat(feeCollection.issueReceipt(dossier, PaidBy.online(reference), null, null).id()).isEqualTo(issued.get(0).id());
        assertThat(receipts.ofDossier(dossier)).hasSize(1);

        assertThat(root()).isEnded().hasPassed("CallActivity_CollectFee", "Task_IssueCopy", "EndEvent_DossierFinished");
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.FINISHED);
        var lookup = EngineRest.anonymous(port).get("/api/public/dossiers/" + dossier + "?idNumber=" + HOA).json();
        assertThat(lookup.at("/fee/total").asLong()).isEqualTo(24_000);
        assertThat(lookup.at("/fee/paymentsUrl").isMissingNode()).as("nothing left to pay").isTrue();
        assertThat(lookup.at("/fee/receipts/0/url").asText()).endsWith("/api/public/receipts/" + issued.get(0).id());
        assertThat(requestPayment(HOA).status()).as("paid already").isEqualTo(409);
    }

    @Test
    @Order(2)
    void remindsOnceTellsOfAnExpiredRequestAndRefusesTheDossierWhenTheDeadlinePasses() throws Exception {
        submitCertifiedCopy("2026-03-02T08:30", 1, 1, null);
        assertThat(fees.totalOf(dossier)).isEqualTo(2_000 + 10_000);

        at("2026-03-02T08:40");
        var first = requestPayment(HOA);
        String firstPage = first.json().get("paymentUrl").asText().replace("http://localhost:8080", "http://localhost:" + port);
        assertThat(press(firstPage, "CANCEL").body()).contains("Bạn đã huỷ giao dịch");
        waitUntil(() -> payments.find(first.json().get("reference").asText()).orElseThrow().status().equals("DECLINED"));

        at("2026-03-02T08:45");
        var second = requestPayment(HOA);
        assertThat(second.json().get("reference").asText()).isNotEqualTo(first.json().get("reference").asText());

        at("2026-03-02T08:59");
        assertThat(payments.remindersDue()).doesNotContain(dossier);
        at("2026-03-02T09:00"); // 15 minutes after the request
        assertThat(payments.remindersDue()).contains(dossier);
        assertThat(payments.remindersDue()).doesNotContain(dossier);
        assertThat(passedInFeeStep("Task_SendReminder")).isEqualTo(1);

        at("2026-03-02T09:15"); // 30 minutes after the request
        payments.expireOverdue();
        assertThat(payments.find(second.json().get("reference").asText()).orElseThrow().status()).isEqualTo("EXPIRED");
        assertThat(passedInFeeStep("Task_SendExpiryNotice")).isEqualTo(1);
        assertThat(passedInFeeStep("Task_SendReminder")).as("reminded once").isEqualTo(1);
        assertThat(task("Task_CollectAtCounter")).as("still waiting").isNotNull();

        at("2026-03-03T14:00"); // a new request until the deadline
        var third = requestPayment(HOA);
        assertThat(third.status()).isEqualTo(201);
        String late = third.json().get("reference").asText();

        at("2026-03-04T08:29");
        runDueJobs();
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.AWAITING_FEE);
        at("2026-03-04T08:31"); // Mon 08:30 + WD:2
        runDueJobs();

        assertThat(root()).isEnded().hasPassed("BoundaryEvent_FeeNotPaid", "EndEvent_RefusedForFee");
        Dossier refused = dossiers.get(dossier);
        assertThat(refused.status()).isEqualTo(DossierStatus.REJECTED);
        assertThat(lastPublicReason()).isEqualTo("Không nộp phí, lệ phí trong thời hạn");
        assertThat(clocks.ofDossier(dossier)).extracting(ClockView::state).containsOnly(ClockState.STOPPED);
        assertThat(payments.find(late).orElseThrow().status()).as("no payment after the deadline").isEqualTo("EXPIRED");
        var tooLate = gateway.signedCallback(late, "PAID");
        assertThat(payments.accept(tooLate.body(), tooLate.signature())).isEqualTo(CallbackOutcome.EXPIRED);
        assertThat(requestPayment(HOA).status()).isEqualTo(409);
        assertThat(receipts.ofDossier(dossier)).isEmpty();
    }

    @Test
    @Order(3)
    void letsTheClerkTakeTheFeeAtTheCounterWhileTheClockRunsAndClosesTheOnlineRequest() throws Exception {
        submitSignature("2026-03-02T08:30", 3);
        assertThat(fees.totalOf(dossier)).isEqualTo(30_000);
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.AWAITING_FEE);
        assertThat(clock("DOSSIER").state()).as("this procedure keeps its clock running").isEqualTo(ClockState.RUNNING);
        assertThat(task("Task_CollectAtCounter").getDueDate()).isEqualTo(Date.from(hanoi("2026-03-03T08:30")));

        at("2026-03-02T09:00");
        String online = requestPayment(HOA).json().get("reference").asText();

        at("2026-03-02T10:00");
        String taskId = task("Task_CollectAtCounter").getId();
        var form = EngineRest.as(port, "letan.anphu", "demo").get("/engine-rest/task/" + taskId + "/deployed-form");
        assertThat(form.status()).as("the counter form travels with the shared model").isEqualTo(200);
        assertThat(form.json().get("id").asText()).isEqualTo("FeeCounterPayment");
        var unconfirmed = EngineRest.as(port, "letan.anphu", "demo").post("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\":{\"payerName\":{\"value\":\"Trần Văn Cường\"}}}");
        assertThat(unconfirmed.status()).as(unconfirmed.body()).isEqualTo(400);
        assertThat(unconfirmed.body()).contains("counterPaymentConfirmed");
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("payerName", "Trần Văn Cường",
                "payerIdNumber", "12345", "counterPaymentConfirmed", true))).hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("payerIdNumber");
        var otherOffice = EngineRest.as(port, "letan.binhhoa", "demo").post("/engine-rest/task/" + taskId + "/complete", counterPayment());
        assertThat(otherOffice.status()).as("a clerk of another office").isIn(403, 404);
        var completed = EngineRest.as(port, "letan.anphu", "demo").post("/engine-rest/task/" + taskId + "/complete", counterPayment());
        assertThat(completed.status()).as(completed.body()).isEqualTo(204);

        assertThat(payments.find(online).orElseThrow().status()).isEqualTo("EXPIRED");
        var late = gateway.signedCallback(online, "PAID");
        assertThat(payments.accept(late.body(), late.signature())).as("paid twice? refused").isEqualTo(CallbackOutcome.EXPIRED);
        runDueJobs();

        Receipt receipt = receipts.ofDossier(dossier).get(0);
        assertThat(receipts.ofDossier(dossier)).hasSize(1);
        assertThat(receipt.paymentChannel()).isEqualTo(PaymentChannel.COUNTER);
        assertThat(receipt.paymentReference()).startsWith("TQ");
        assertThat(receipt.payerName()).isEqualTo("Trần Văn Cường");
        assertThat(receipt.payerIdNumber()).isEqualTo("001090001234");
        assertThat(receipt.amountVnd()).isEqualTo(30_000);
        var pdf = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/receipts/" + receipt.id() + "/pdf"))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(textOf(pdf.body())).contains("Trần Văn Cường", "********1234").doesNotContain("001090001234");
        assertThat(root()).isEnded().hasPassed("EndEvent_DossierFinished");
        assertThat(clocks.ofDossier(dossier).stream().flatMap(c -> c.events().stream()).map(ClockEvent::type))
                .doesNotContain(ClockEvent.Type.PAUSED);
    }

    @Test
    @Order(4)
    void refusesADossierWhoseClockRanWhenItsFeeIsNotPaidWithinOneWorkingDay() {
        submitSignature("2026-03-02T08:30", 1);
        assertThat(clock("DOSSIER").state()).isEqualTo(ClockState.RUNNING);

        at("2026-03-03T08:31"); // Mon 08:30 + WD:1
        runDueJobs();

        assertThat(root()).isEnded().hasPassed("BoundaryEvent_FeeNotPaid", "EndEvent_RefusedForFee");
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.REJECTED);
        assertThat(lastPublicReason()).isEqualTo("Không nộp phí, lệ phí trong thời hạn");
    }

    @Test
    @Order(4)
    void recordsNothingToPayWhenTheClerkConfirmsTheClaimedExemption() {
        submitCertifiedCopy("2026-03-02T08:30", 5, 2, "HO_NGHEO");

        Task confirm = task("Task_ConfirmExemption");
        assertThat(confirm).hasCandidateGroup("tiep-nhan");
        var form = EngineRest.as(port, "letan.anphu", "demo").get("/engine-rest/task/" + confirm.getId() + "/deployed-form");
        assertThat(form.json().get("id").asText()).isEqualTo("FeeExemption");
        assertThat(feeStepVariable("feeExemptionLabel")).isEqualTo("Hộ nghèo");
        assertThat(feeStepVariable("feeTotalText")).isEqualTo("24.000 đồng (Hai mươi bốn nghìn đồng)");
        assertThat(feeStepVariable("feeTotalIfConfirmedText")).isEqualTo("0 đồng (Không đồng)");
        assertThat(fees.linesOf(dossier)).as("nothing recorded before the clerk decides").isEmpty();
        complete("Task_ConfirmExemption", "2026-03-02T09:00", Map.of("exemptionDecision", "CONFIRM"));

        assertThat(fees.linesOf(dossier)).extracting(FeeLine::amountVnd, FeeLine::exemption)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, "HO_NGHEO"), org.assertj.core.groups.Tuple.tuple(0L, "HO_NGHEO"));
        assertThat(root()).isEnded().hasPassed("EndEvent_DossierFinished");
        assertThat(dossiers.get(dossier).history()).extracting(Dossier.Event::status).doesNotContain(DossierStatus.AWAITING_FEE);
        assertThat(receipts.ofDossier(dossier)).as("an exempt dossier gets no receipt").isEmpty();
    }

    @Test
    @Order(5)
    void chargesTheFullFeeWhenTheClerkRefusesTheClaimedExemption() {
        submitCertifiedCopy("2026-03-02T08:30", 5, 2, "NGUOI_KHUYET_TAT");
        assertThat(feeStepVariable("feeTotalIfConfirmedText")).as("the exemption waives only the copy fee")
                .isEqualTo("10.000 đồng (Mười nghìn đồng)");

        complete("Task_ConfirmExemption", "2026-03-02T09:00",
                Map.of("exemptionDecision", "REFUSE", "exemptionNote", "Không xuất trình giấy xác nhận khuyết tật"));

        assertThat(fees.linesOf(dossier)).extracting(FeeLine::amountVnd).containsExactly(14_000L, 10_000L);
        assertThat(fees.linesOf(dossier)).extracting(FeeLine::exemption).containsOnlyNulls();
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.AWAITING_FEE);
        complete("Task_CollectAtCounter", "2026-03-02T09:10",
                Map.of("payerName", "Nguyễn Thị Hoà", "payerIdNumber", HOA, "counterPaymentConfirmed", true));
        assertThat(receipts.ofDossier(dossier)).singleElement().extracting(Receipt::amountVnd).isEqualTo(24_000L);
        assertThat(root()).isEnded().hasPassed("EndEvent_DossierFinished");
    }

    @Test
    @Order(6)
    void takesAPaymentMadeBeforeTheStepWaitsWithoutAskingAgain() {
        submitCertifiedCopy("2026-03-02T08:30", 5, 2, "NGUOI_KHUYET_TAT");
        // paid while the clerk still checks the claim (through the payment service: the public API only takes
        // payments of dossiers awaiting their fee); no step waits yet, so the message finds nobody
        var request = payments.request(dossier, 10_000, "Phí, lệ phí hồ sơ " + dossier);
        var callback = gateway.signedCallback(request.reference(), "PAID");
        assertThat(payments.accept(callback.body(), callback.signature())).isEqualTo(CallbackOutcome.PAID);

        complete("Task_ConfirmExemption", "2026-03-02T09:00", Map.of("exemptionDecision", "CONFIRM"));

        assertThat(fees.linesOf(dossier)).extracting(FeeLine::amountVnd, FeeLine::exemption).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0L, "NGUOI_KHUYET_TAT"), org.assertj.core.groups.Tuple.tuple(10_000L, null));
        assertThat(receipts.ofDossier(dossier)).singleElement().satisfies(r -> {
            assertThat(r.paymentChannel()).isEqualTo(PaymentChannel.ONLINE);
            assertThat(r.paymentReference()).isEqualTo(request.reference());
        });
        assertThat(dossiers.get(dossier).history()).extracting(Dossier.Event::status).doesNotContain(DossierStatus.AWAITING_FEE);
        assertThat(root()).isEnded().hasPassed("EndEvent_DossierFinished");
    }

    @Test
    @Order(7)
    void closesThePendingOnlineRequestWhenTheApplicantWithdrawsTheDossier() {
        submitCertifiedCopy("2026-03-02T08:30", 2, 1, null);
        at("2026-03-02T09:00");
        String reference = requestPayment(HOA).json().get("reference").asText();
        assertThat(payments.find(reference).orElseThrow().status()).isEqualTo("PENDING");

        at("2026-03-02T09:30");
        var withdrawn = EngineRest.anonymous(port).post("/api/public/dossiers/" + dossier + "/withdrawal",
                "{\"idNumber\":\"" + HOA + "\",\"reason\":\"Không cần bản sao nữa\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(root()).isEnded();
        assertThat(payments.find(reference).orElseThrow().status()).as("closed with the dossier").isEqualTo("EXPIRED");
        var late = gateway.signedCallback(reference, "PAID");
        assertThat(payments.accept(late.body(), late.signature())).as("paid after the withdrawal: refused, given back")
                .isEqualTo(CallbackOutcome.EXPIRED);
        assertThat(receipts.ofDossier(dossier)).isEmpty();
        assertThat(requestPayment(HOA).status()).as("no new request for an ended dossier").isEqualTo(409);
    }

    @Test
    @Order(100)
    void coversEveryFlowNodeOfTheFeeCollectionStepAndItsTestProcedures() {
        dossier = null;
        List<String> missing = new ArrayList<>();
        for (String model : List.of("processes/common/fee-collection.bpmn",
                "src/test/resources/processes/certified-copy-sample/certified-copy-sample.bpmn",
                "src/test/resources/processes/signature-sample/signature-sample.bpmn")) {
            String key = new File(model).getName().replace(".bpmn", "");
            Bpmn.readModelFromFile(new File(model)).getModelElementsByType(FlowNode.class).forEach(node -> {
                if (!PASSED.contains(key + ":" + node.getId())) {
                    missing.add(key + ":" + node.getId());
                }
            });
        }
        assertThat(missing).as("flow nodes no test passes").isEmpty();
    }

    // ---- the citizen, the clerk and the clock ----------------------------------------------------------------

    private void submitCertifiedCopy(String localTime, int pages, int copies, String exemption) {
        submit(localTime, CERTIFIED_COPY, "\"feePages\":\"" + pages + "\",\"feeCopies\":\"" + copies + "\""
                + (exemption == null ? "" : ",\"feeExemption\":\"" + exemption + "\""), "BAN_CHINH");
    }

    private void submitSignature(String localTime, int signatures) {
        submit(localTime, SIGNATURE, "\"feeCases\":\"" + signatures + "\"", "GIAY_TO_CAN_CHUNG_THUC");
    }

    private void submit(String localTime, String procedure, String details, String component) {
        at(localTime);
        var response = PublicApi.at(port).application("""
                {"procedureCode":"%s","officeId":"xa-an-phu",
                 "applicant":{"name":"Nguyễn Thị Hoà","idNumber":"%s","phone":"0912345678"},
                 "details":{%s}}""".formatted(procedure, HOA, details))
                .file(component, "ban-chinh.pdf", TestFiles.pdf(1)).submit();
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        dossier = response.json().get("code").asText();
        root = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(dossier)
                .list().stream().filter(p -> !p.getProcessDefinitionId().startsWith("fee-collection:"))
                .findFirst().orElseThrow();
        runDueJobs();
    }

    private static String counterPayment() {
        return """
                {"variables":{"payerName":{"value":"Trần Văn Cường"},"payerIdNumber":{"value":"001090001234"},
                 "counterPaymentConfirmed":{"value":true}}}""";
    }

    private EngineRest.Response requestPayment(String idNumber) {
        return EngineRest.anonymous(port).post("/api/public/dossiers/" + dossier + "/payments", "{\"idNumber\":\"" + idNumber + "\"}");
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void complete(String taskKey, String localTime, Map<String, Object> variables) {
        DossierJobs.complete(engine, dossier, taskKey, localTime, variables);
    }

    private Task task(String taskKey) {
        return DossierJobs.openTask(engine, dossier, taskKey);
    }

    private void runDueJobs() {
        DossierJobs.runDue(engine, dossier);
    }

    private ProcessInstance root() {
        return root;
    }

    private long passedInFeeStep(String activityId) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(dossier)
                .processDefinitionKey("fee-collection").list().stream()
                .mapToLong(p -> engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(p.getId())
                        .activityId(activityId).count())
                .sum();
    }

    private Object feeStepVariable(String name) {
        var step = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(dossier)
                .processDefinitionKey("fee-collection").singleResult();
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(step.getId()).variableName(name)
                .singleResult().getValue();
    }

    private String lastPublicReason() {
        var history = dossiers.get(dossier).history();
        return history.get(history.size() - 1).reason();
    }

    private ClockView clock(String key) {
        return clocks.find(dossier, key).orElseThrow();
    }

    private static String textOf(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
