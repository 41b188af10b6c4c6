package vn.motcua.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.OwnJvm;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.digitisation.Documents;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossiers;
import vn.motcua.identity.Office;
import vn.motcua.identity.Offices;
import vn.motcua.reporting.HistoricalImport;
import vn.motcua.reporting.ImportJob;
import vn.motcua.reporting.PeriodicReport;
import vn.motcua.reporting.PeriodicReports;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.reporting.SampleDossiers;

/**
 * The report's period query on PostgreSQL: live dossiers kept current by events, imported ones found through
 * both index ranges (recent receipts and the long-running rest), and an import that imports nothing twice.
 */
@OwnJvm
@EnabledIfEnvironmentVariable(named = "MOTCUA_TEST_DB_URL", matches = "jdbc:postgresql:.+")
class ReportsOnPostgresIntegrationTest {

    private static ConfigurableApplicationContext app;
    private static Office office;

    @BeforeAll
    static void startOnPostgres() {
        app = PostgresApp.start();
        // an office of its own for every run: the database outlives the test
        long n = System.currentTimeMillis();
        var sample = new SampleDossiers(app.getBean(ProcessEngine.class), app.getBean(Dossiers.class), app.getBean(ProcedureCatalog.class),
                app.getBean(Documents.class), app.getBean(Offices.class),
                new Office("bao-cao-pg-" + n, "BC" + n, "Xã Thử " + n, "Tỉnh Mẫu"));
        office = sample.office;
        String a = sample.accepted("2026-03-04T09:00", Channel.ONLINE);
        String b = sample.accepted("2026-03-06T09:00", Channel.COUNTER);
        sample.supplementRequested(b, "2026-03-09T09:00");
        String c = sample.accepted("2026-03-09T08:30", Channel.ONLINE);
        sample.finished(a, "2026-03-10T10:00");
        sample.finished(c, "2026-03-10T14:00");
    }

    @AfterAll
    static void stop() {
        ClockUtil.reset();
        app.close();
    }

    @Test
    void countsLiveAndImportedDossiersOfAPeriodIncludingOnesReceivedLongBefore() throws Exception {
        SampleDossiers.at("2026-03-20T09:00");
        String prefix = office.code() + "-CU-";
        String csv = "code,office,procedure,field,channel,received,appointment,finished,status,fee,paidOnline\n"
                + prefix + "L," + office.id() + ",1.000001.000.00.00.H56,Hộ tịch,ONLINE,2025-12-01 09:00,2025-12-10 17:00,2026-03-11 10:00,FINISHED,0,false\n"
                + prefix + "M," + office.id() + ",1.000001.000.00.00.H56,Hộ tịch,ONLINE,2025-11-01 09:00,2025-11-10 17:00,2026-03-01 10:00,FINISHED,0,false\n"
                + prefix + "N," + office.id() + ",1.000001.000.00.00.H56,Hộ tịch,COUNTER,2026-03-12 08:00,2026-03-12 17:00,2026-03-12 16:00,FINISHED,5000,true\n";
        var imports = app.getBean(HistoricalImport.class);
        assertThat(done(imports, imports.start("bench", List.of(office), "cu.csv", stream(csv))).imported()).isEqualTo(3);
        var again = done(imports, imports.start("bench", List.of(office), "cu.csv", stream(csv)));
        assertThat(again.imported()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(3);

        PeriodicReport report = app.getBean(PeriodicReports.class)
                .report(new ReportPeriod(List.of(office), LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-13")));

        assertThat(report.fields()).extracting(PeriodicReport.Row::field).containsExactly("Hộ tịch", "Thủ tục mẫu");
        var total = report.total();
        assertThat(total.received()).isEqualTo(new PeriodicReport.Received(5, 1, 1, 3));
        assertThat(total.resolved()).isEqualTo(new PeriodicReport.Resolved(4, 1, 1, 2));
        assertThat(total.inProcess()).isEqualTo(new PeriodicReport.InProcess(1, 1, 0));
        assertThat(total.awaitingSupplement()).isEqualTo(1);
        assertThat(total.feeBearing()).isEqualTo(1);
        assertThat(total.paidOnline()).isEqualTo(1);
        assertThat(report.fields().get(0).received().carriedOver()).as("L, received 14 weeks before").isEqualTo(1);
    }

    private static ByteArrayInputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static ImportJob done(HistoricalImport imports, ImportJob job) throws InterruptedException {
        for (int i = 0; i < 200 && job.running(); i++) {
            Thread.sleep(50);
            job = imports.job(job.id(), "bench").orElseThrow();
        }
        assertThat(job.status()).as(job.toString()).isEqualTo("DONE");
        return job;
    }
}
