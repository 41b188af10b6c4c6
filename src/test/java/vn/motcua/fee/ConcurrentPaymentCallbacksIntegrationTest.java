package vn.motcua.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.DemoApp;
import vn.motcua.DossierJobs;
import vn.motcua.EngineRest;
import vn.motcua.EngineTime;
import vn.motcua.PublicApi;
import vn.motcua.TestFiles;
import vn.motcua.fee.infra.SimulatedPaymentGateway;
import vn.motcua.fee.infra.SimulatedPaymentGateway.SignedCallback;

/**
 * The gateway delivers the same valid callback ten times at once (its retries overtaking a slow first delivery):
 * every delivery gets a 2xx or a 4xx problem, never a 5xx; one payment, one receipt, one FeePaidOnline.
 */
@DemoApp
class ConcurrentPaymentCallbacksIntegrationTest {

    private static final int DELIVERIES = 10;
    private static final String HOA = "001203004005";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Payments payments;
    @Autowired
    Receipts receipts;
    @Autowired
    SimulatedPaymentGateway gateway;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void recordsOnePaymentWhenTenIdenticalDeliveriesArriveAtOnceAndAnswersEachAsDelivered() throws Exception {
        EngineTime.at("2031-04-07T09:00");
        String dossier = aDossierAwaitingItsFee();
        String reference = requestPayment(dossier);
        SignedCallback callback = gateway.signedCallback(reference, "PAID");

        List<EngineRest.Response> answers = deliverAtOnce(i -> callback);

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).doesNotContain("Exception", "SQL", "vn.motcua");
        });
        assertThat(answers).filteredOn(a -> a.body().contains("\"PAID\"")).hasSize(1);
        assertThat(answers).filteredOn(a -> a.body().contains("\"DUPLICATE\"")).hasSize(DELIVERIES - 1);
        assertOnePaymentOneReceiptOneCorrelation(dossier, reference);
    }

    @Test
    void recordsOnePaymentWhenTenDeliveriesOfOneTransactionWithTheirOwnNoncesArriveAtOnce() throws Exception {
        EngineTime.at("2031-04-08T09:00");
        String dossier = aDossierAwaitingItsFee();
        String reference = requestPayment(dossier);
        String transaction = "SIM-" + UUID.randomUUID();
        List<SignedCallback> callbacks = new ArrayList<>();
        for (int i = 0; i < DELIVERIES; i++) {
            callbacks.add(gateway.signedCallback(reference, 10_000, "PAID", transaction, UUID.randomUUID().toString()));
        }

        List<EngineRest.Response> answers = deliverAtOnce(callbacks::get);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(200));
        assertThat(answers).filteredOn(a -> a.body().contains("\"PAID\"")).hasSize(1);
        assertOnePaymentOneReceiptOneCorrelation(dossier, reference);
    }

    private List<EngineRest.Response> deliverAtOnce(IntFunction<SignedCallback> delivery) throws Exception {
        ExecutorService gatewayThreads = Executors.newFixedThreadPool(DELIVERIES);
        try {
            CountDownLatch ready = new CountDownLatch(DELIVERIES);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<EngineRest.Response>> sent = new ArrayList<>();
            for (int i = 0; i < DELIVERIES; i++) {
                SignedCallback callback = delivery.apply(i);
                sent.add(gatewayThreads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return deliver(callback);
                }));
            }
            ready.await();
            go.countDown();
            List<EngineRest.Response> answers = new ArrayList<>();
            for (Future<EngineRest.Response> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            gatewayThreads.shutdown();
        }
    }

    private EngineRest.Response deliver(SignedCallback callback) throws Exception {
        var answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/payments/callback"))
                .header("Content-Type", "application/json").header("X-Signature", callback.signature())
                .POST(HttpRequest.BodyPublishers.ofString(callback.body())).build(), HttpResponse.BodyHandlers.ofString());
        return new EngineRest.Response(answer.statusCode(), answer.body());
    }

    private void assertOnePaymentOneReceiptOneCorrelation(String dossier, String reference) {
        assertThat(payments.find(reference).orElseThrow().status()).isEqualTo("PAID");
        assertThat(jdbc.sql("select count(*) from mc_payment where dossier_code = ? and status = 'PAID'").param(dossier)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from mc_payment_callback where reference = ? and outcome = 'PAID'").param(reference)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(passedInFeeStep(dossier, "BoundaryEvent_PaidOnline")).as("FeePaidOnline correlated").isEqualTo(1);
        DossierJobs.runDue(engine, dossier);
        assertThat(receipts.ofDossier(dossier)).singleElement()
                .satisfies(receipt -> assertThat(receipt.paymentReference()).isEqualTo(reference));
    }

    /** A signature certification (a test-only procedure, 10,000 VND per signature): it waits for its fee at once. */
    private String aDossierAwaitingItsFee() {
        var response = PublicApi.at(port).application("""
                {"procedureCode":"9.000092.000.00.00.H56","officeId":"xa-an-phu",
                 "applicant":{"name":"Nguyễn Thị Hoà","idNumber":"%s"},"details":{"feeCases":"1"}}""".formatted(HOA))
                .file("GIAY_TO_CAN_CHUNG_THUC", "giay-to.pdf", TestFiles.pdf(1)).submit();
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String dossier = response.json().get("code").asText();
        DossierJobs.runDue(engine, dossier);
        return dossier;
    }

    private String requestPayment(String dossier) {
        var offer = EngineRest.anonymous(port).post("/api/public/dossiers/" + dossier + "/payments", "{\"idNumber\":\"" + HOA + "\"}");
        assertThat(offer.status()).as(offer.body()).isEqualTo(201);
        return offer.json().get("reference").asText();
    }

    private long passedInFeeStep(String dossier, String activityId) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(dossier)
                .processDefinitionKey("fee-collection").list().stream()
                .mapToLong(p -> engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(p.getId())
                        .activityId(activityId).count())
                .sum();
    }
}
