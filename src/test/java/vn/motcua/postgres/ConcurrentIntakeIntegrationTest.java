package vn.motcua.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
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

import vn.motcua.OwnJvm;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.IdNumber;
import vn.motcua.dossier.Registration;
import vn.motcua.shared.Time;

/** 8 clerks' worth of intake at once on PostgreSQL: the codes of an office and day are unique and gap-free. */
@OwnJvm
@EnabledIfEnvironmentVariable(named = "MOTCUA_TEST_DB_URL", matches = "jdbc:postgresql:.+")
class ConcurrentIntakeIntegrationTest {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 200;
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

    @Test
    void givesUniqueGapFreeCodesPerOfficeAndDayUnderConcurrentIntake() throws Exception {
        // a day no other test uses, fixed for every thread
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2031-03-04T09:00").atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
        var dossiers = app.getBean(Dossiers.class);
        var procedure = app.getBean(ProcedureCatalog.class).get("9.000001.000.00.00.H56");
        var codes = new ConcurrentLinkedQueue<String>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> clerks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int clerk = t;
            clerks.add(pool.submit(() -> {
                for (int i = 0; i < PER_THREAD; i++) {
                    var applicant = new Applicant("Người nộp " + clerk + "-" + i, new IdNumber("001203004005"), null, null, null);
                    codes.add(dossiers.receive(new Registration(procedure, "xa-an-phu", Channel.ONLINE, applicant, java.util.Map.of(), Time.now(),
                            null, List.of(), null, null)).code());
                }
            }));
        }
        for (Future<?> clerk : clerks) {
            clerk.get();
        }
        pool.shutdown();

        List<String> expected = IntStream.rangeClosed(1, THREADS * PER_THREAD)
                .mapToObj(n -> "000.00.21.H56-310304-" + String.format("%04d", n)).toList();
        assertThat(codes).hasSize(THREADS * PER_THREAD).doesNotHaveDuplicates();
        assertThat(codes).containsExactlyInAnyOrderElementsOf(expected);
    }
}
