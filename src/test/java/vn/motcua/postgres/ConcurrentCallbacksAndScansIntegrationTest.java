package vn.motcua.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.CounterScanner;
import vn.motcua.DossierJobs;
import vn.motcua.EngineRest;
import vn.motcua.EngineTime;
import vn.motcua.OwnJvm;
import vn.motcua.PublicApi;
import vn.motcua.TestFiles;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Dossiers;
import vn.motcua.fee.CallbackOutcome;
import vn.motcua.fee.Payments;
import vn.motcua.fee.Receipts;
import vn.motcua.fee.infra.SimulatedPaymentGateway;

/**
 * On PostgreSQL: the gateway delivers one callback ten times at once (one payment, one receipt, one FeePaidOnline, every
 * delivery answered as delivered); four clerks re-scan one component at once (every scan kept, one current).
 */
@OwnJvm
@EnabledIfEnvironmentVariable(named = "MOTCUA_TEST_DB_URL", matches = "jdbc:postgresql:.+")
class ConcurrentCallbacksAndScansIntegrationTest {

    private static final String HOA = "001203004005";
    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeAll
    static void startOnPostgres() {
        app = PostgresApp.start("--spring.datasource.hikari.maximum-pool-size=16");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        ClockUtil.reset();
        app.close();
    }

    @Test
    void recordsOnePaymentWhenTenCopiesOfOneCallbackArriveAtOnce() throws Exception {
        EngineTime.at("2054-04-07T09:00");
        var engine = app.getBean(ProcessEngine.class);
        var payments = app.getBean(Payments.class);
        String dossier = submitted("9.000092.000.00.00.H56", "GIAY_TO_CAN_CHUNG_THUC", "\"details\":{\"feeCases\":\"1\"}");
        DossierJobs.runDue(engine, dossier);
        var offer = EngineRest.anonymous(port).post("/api/public/dossiers/" + dossier + "/payments", "{\"idNumber\":\"" + HOA + "\"}");
        assertThat(offer.status()).as(offer.body()).isEqualTo(201);
        String reference = offer.json().get("reference").asText();
        var callback = app.getBean(SimulatedPaymentGateway.class).signedCallback(reference, "PAID");

        List<CallbackOutcome> outcomes = atOnce(10, i -> () -> payments.accept(callback.body(), callback.signature()));

        assertThat(outcomes).containsOnly(CallbackOutcome.PAID, CallbackOutcome.DUPLICATE).containsOnlyOnce(CallbackOutcome.PAID);
        assertThat(payments.find(reference).orElseThrow().status()).isEqualTo("PAID");
        long correlated = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(dossier)
                .processDefinitionKey("fee-collection").list().stream()
                .mapToLong(p -> engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(p.getId())
                        .activityId("BoundaryEvent_PaidOnline").count())
                .sum();
        assertThat(correlated).as("FeePaidOnline correlated").isEqualTo(1);
        DossierJobs.runDue(engine, dossier);
        assertThat(app.getBean(Receipts.class).ofDossier(dossier)).hasSize(1);
    }

    @Test
    void keepsEveryScanWhenFourClerksRescanOneComponentAtOnce() throws Exception {
        EngineTime.at("2054-04-08T09:00");
        String dossier = submitted("9.000001.000.00.00.H56", "DON_DE_NGHI", "\"details\":{}");

        List<EngineRest.Response> answers = atOnce(4, i -> () -> CounterScanner.scan(port, i % 2 == 0 ? "letan.anphu" : "hotich.anphu",
                dossier, "DON_DE_NGHI", "don.pdf", TestFiles.pdfOfAbout(20_000, 200 + i)));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
        Dossier scanned = app.getBean(Dossiers.class).get(dossier);
        assertThat(scanned.versionsOf("DON_DE_NGHI")).extracting(Dossier.ComponentVersion::version).containsExactly(1, 2, 3, 4, 5);
        assertThat(scanned.versionsOf("DON_DE_NGHI")).extracting(Dossier.ComponentVersion::documentId).doesNotHaveDuplicates();
        assertThat(scanned.components()).singleElement()
                .satisfies(c -> assertThat(c.documentId()).isEqualTo(scanned.versionsOf("DON_DE_NGHI").get(4).documentId()));
    }

    private static String submitted(String procedure, String component, String details) {
        var response = PublicApi.at(port).application("""
                {"procedureCode":"%s","officeId":"xa-an-phu","applicant":{"name":"Nguyễn Thị Hoà","idNumber":"%s"},%s}"""
                .formatted(procedure, HOA, details)).file(component, "giay-to.pdf", TestFiles.pdf(1)).submit();
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("code").asText();
    }

    /** Runs the work of that many threads, released together by one latch, and returns their results in order. */
    private static <T> List<T> atOnce(int threads, java.util.function.IntFunction<Callable<T>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<T> one = work.apply(i);
                results.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return one.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> done = new ArrayList<>();
            for (Future<T> result : results) {
                done.add(result.get());
            }
            return done;
        } finally {
            pool.shutdown();
        }
    }
}
