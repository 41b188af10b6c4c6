package vn.motcua.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.OwnJvm;
import vn.motcua.fee.FeeLine;
import vn.motcua.fee.PaidBy;
import vn.motcua.fee.Payments;
import vn.motcua.fee.Receipt;
import vn.motcua.fee.Receipts;

/**
 * 8 cashiers issuing receipts at once on PostgreSQL: an office's numbers of a year are unique and gap-free.
 * 8 clicks on "pay" for one dossier at once: one pending payment request.
 */
@OwnJvm
@EnabledIfEnvironmentVariable(named = "MOTCUA_TEST_DB_URL", matches = "jdbc:postgresql:.+")
class ConcurrentReceiptsIntegrationTest {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 500;
    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void startOnPostgres() {
        app = PostgresApp.start("--spring.datasource.hikari.maximum-pool-size=12");
    }

    @AfterAll
    static void stop() {
        ClockUtil.reset();
        app.close();
    }

    private static void at(String vietnamTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(vietnamTime).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    }

    @Test
    void givesUniqueGapFreeNumbersPerOfficeAndYearUnderConcurrentIssueAndRestartsInTheNewYear() throws Exception {
        // a year no other test uses, fixed for every thread
        at("2051-06-15T09:00");
        var receipts = app.getBean(Receipts.class);
        var numbers = new ConcurrentLinkedQueue<Integer>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> cashiers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int cashier = t;
            cashiers.add(pool.submit(() -> {
                for (int i = 0; i < PER_THREAD; i++) {
                    numbers.add(receipts.issue("xa-binh-hoa", "000.00.22.H56-510615-" + String.format("%04d", cashier * PER_THREAD + i),
                            "Người nộp " + cashier + "-" + i, "001203004005", List.of(new FeeLine("Lệ phí chứng thực", 2_000, null)),
                            PaidBy.counter())
                            .number());
                }
            }));
        }
        for (Future<?> cashier : cashiers) {
            cashier.get();
        }
        pool.shutdown();

        assertThat(numbers).hasSize(THREADS * PER_THREAD).doesNotHaveDuplicates();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, THREADS * PER_THREAD).boxed().toList());

        at("2052-01-01T00:05");
        Receipt firstOfTheYear = receipts.issue("xa-binh-hoa", "000.00.22.H56-520101-0001", "Người nộp đầu năm", null,
                List.of(new FeeLine("Lệ phí chứng thực", 2_000, null)), PaidBy.counter());
        assertThat(firstOfTheYear.year()).isEqualTo(2052);
        assertThat(firstOfTheYear.numberText()).isEqualTo("00000001");
    }

    @Test
    void opensOnePendingRequestWhenOneDossierAsksForEightAtOnce() throws Exception {
        at("2053-06-15T09:00");
        var payments = app.getBean(Payments.class);
        var jdbc = app.getBean(JdbcClient.class);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < 25; round++) {
                // a dossier of its own in every run: the throw-away database may outlive a run
                String dossier = "PG-PAY-" + java.util.UUID.randomUUID();
                CyclicBarrier together = new CyclicBarrier(THREADS);
                List<Future<String>> clicks = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    clicks.add(pool.submit(() -> {
                        together.await();
                        return payments.request(dossier, 12_000, "Phí, lệ phí hồ sơ " + dossier).reference();
                    }));
                }
                Set<String> references = new HashSet<>();
                for (Future<String> click : clicks) {
                    references.add(click.get());
                }
                assertThat(references).as("round " + round).hasSize(1);
                assertThat(jdbc.sql("select count(*) from mc_payment where dossier_code = ?").param(dossier).query(Long.class).single())
                        .as("requests of round " + round).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
    }
}
