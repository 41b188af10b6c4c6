package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.reporting.SampleDossiers.at;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.DemoApp;
import vn.motcua.EngineRest;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.deadline.DeadlineSettings;
import vn.motcua.digitisation.Documents;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossiers;
import vn.motcua.identity.Office;
import vn.motcua.identity.Offices;

/**
 * The report of a period that has not ended (December 2026, asked on Tue 08/12/2026 10:00, Hà Nội time) and the two
 * rules for "early", over an office of its own:
 *
 * <pre>
 * P  counter rec Tue 01/12 09:00, due Fri 04/12 09:00 (WD:3), open: overdue on 08/12
 * Q  online  rec Mon 07/12 09:00, due Thu 10/12 09:00 (WD:3), open: within term on 08/12 (its stage, due Wed 09/12,
 *    is due soon on the overdue list, which the periodic report does not count)
 * imported (Chứng thực), all received Tue 01/12 08:00:
 * X1 appointment Thu 03/12 16:00, finished Thu 03/12 10:00  on the appointment's day, before its instant
 * X2 appointment Fri 04/12 16:00, finished Wed 02/12 10:00  a day before
 * X3 appointment Thu 03/12 (the day), finished Thu 03/12 15:00  on the appointment's day
 * X4 appointment Wed 02/12 09:00, finished Wed 02/12 11:00  late
 * X5 appointment Tue 01/12 15:00, finished Tue 01/12 15:00  at the very instant
 * </pre>
 */
@DemoApp
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthToDateReportIntegrationTest {

    private static final String SUPERVISOR = "giamsat.dennay";
    private static final String ASKED = "2026-12-08T10:00";
    private static final String DECEMBER = "office=000.00.83.H56&from=2026-12-01&to=2026-12-31";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Dossiers dossiers;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    Documents documents;
    @Autowired
    Offices offices;
    @Autowired
    HistoricalImport imports;
    @Autowired
    FactStore facts;
    @Autowired
    DeadlineSettings deadlines;

    private Office office;
    private String p;

    @BeforeAll
    void decemberSoFar() throws Exception {
        var sample = new SampleDossiers(engine, dossiers, catalog, documents, offices,
                new Office("xa-den-nay", "000.00.83.H56", "Xã Đến Nay", "Tỉnh Mẫu"));
        office = sample.office;
        var identity = engine.getIdentityService();
        var user = identity.newUser(SUPERVISOR);
        user.setFirstName("Giám");
        user.setLastName("Sát");
        user.setPassword("demo");
        identity.saveUser(user);
        identity.createMembership(SUPERVISOR, "giam-sat");
        identity.createTenantUserMembership(office.id(), SUPERVISOR);

        p = sample.accepted("2026-12-01T09:00", Channel.COUNTER);
        sample.accepted("2026-12-07T09:00", Channel.ONLINE);

        at(ASKED);
        String csv = """
                code,office,procedure,field,channel,received,appointment,finished,status,fee,paidOnline
                DN-X1,xa-den-nay,1.000001.000.00.00.H56,Chứng thực,COUNTER,2026-12-01 08:00,2026-12-03 16:00,2026-12-03 10:00,FINISHED,0,false
                DN-X2,xa-den-nay,1.000001.000.00.00.H56,Chứng thực,COUNTER,2026-12-01 08:00,2026-12-04 16:00,2026-12-02 10:00,FINISHED,0,false
                DN-X3,xa-den-nay,1.000001.000.00.00.H56,Chứng thực,COUNTER,2026-12-01 08:00,2026-12-03,2026-12-03 15:00,FINISHED,0,false
                DN-X4,xa-den-nay,1.000001.000.00.00.H56,Chứng thực,COUNTER,2026-12-01 08:00,2026-12-02 09:00,2026-12-02 11:00,FINISHED,0,false
                DN-X5,xa-den-nay,1.000001.000.00.00.H56,Chứng thực,COUNTER,2026-12-01 08:00,2026-12-01 15:00,2026-12-01 15:00,FINISHED,0,false
                """;
        var job = imports.start(SUPERVISOR, List.of(office), "x.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < 200 && job.running(); i++) {
            Thread.sleep(50);
            job = imports.job(job.id(), SUPERVISOR).orElseThrow();
        }
        assertThat(job.imported()).as(job.toString()).isEqualTo(5);
    }

    @BeforeEach
    void askedOnTuesdayMorning() {
        at(ASKED);
    }

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    private EngineRest.Response get(String path) {
        var api = EngineRest.as(port, SUPERVISOR, "demo");
        var response = path.contains("format=csv") ? api.download(path) : api.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    @Test
    void countsADossierDueLaterInTheMonthWithinTermAndOnePastItsAppointmentOverdueAsTheOverdueListDoes() {
        JsonNode report = get("/api/reports/periodic?" + DECEMBER).json();
        JsonNode overdue = get("/api/reports/overdue?office=xa-den-nay").json();

        assertThat(report.at("/total/inProcess/total").asLong()).isEqualTo(2);
        assertThat(report.at("/total/inProcess/withinTerm").asLong()).as("Q, due Thu 10/12").isEqualTo(1);
        assertThat(report.at("/total/inProcess/overdue").asLong()).as("P, due Fri 04/12").isEqualTo(1);
        assertThat(overdue.at("/counts/overdue").asLong()).isEqualTo(report.at("/total/inProcess/overdue").asLong());
        assertThat(get("/api/reports/overdue?office=xa-den-nay&state=overdue").json().get("dossiers").findValuesAsText("code"))
                .containsExactly(p);

        JsonNode indicators = get("/api/reports/indicators?" + DECEMBER).json();
        assertThat(indicators.at("/groups/0/inputs/inProcessWithinTerm").asLong()).isEqualTo(1);
        assertThat(indicators.at("/groups/0/inputs/inProcessOverdue").asLong()).isEqualTo(1);
        assertThat(indicators.at("/groups/3/inputs/overdue").asLong()).as("X4 and P").isEqualTo(2);
    }

    @Test
    void countsTheSecondDossierOverdueOnceItsAppointmentHasPassed() {
        at("2026-12-10T10:00");

        JsonNode report = get("/api/reports/periodic?" + DECEMBER).json();

        assertThat(report.at("/total/inProcess/withinTerm").asLong()).isZero();
        assertThat(report.at("/total/inProcess/overdue").asLong()).isEqualTo(2);
        assertThat(get("/api/reports/overdue?office=xa-den-nay").json().at("/counts/overdue").asLong()).isEqualTo(2);
    }

    @Test
    void saysTheInstantItIsAsOfNowWhileThePeriodRunsAndItsEndOnceItHasEnded() {
        assertThat(get("/api/reports/periodic?" + DECEMBER).json().get("asOf").asText()).isEqualTo("2026-12-08T10:00:00+07:00");
        assertThat(get("/api/reports/indicators?" + DECEMBER).json().get("asOf").asText()).isEqualTo("2026-12-08T10:00:00+07:00");
        assertThat(get("/api/reports/periodic?office=xa-den-nay&from=2026-11-30&to=2026-12-06").json().get("asOf").asText())
                .isEqualTo("2026-12-07T00:00:00+07:00");
        assertThat(get("/api/reports/periodic?" + DECEMBER + "&format=csv").body().lines())
                .contains("Số liệu tính đến 10:00 ngày 08/12/2026 (UTC+07:00)");
    }

    @Test
    void refusesAPeriodThatHasNotBegunNamingFrom() {
        var api = EngineRest.as(port, SUPERVISOR, "demo");
        for (String path : List.of("/api/reports/periodic", "/api/reports/indicators")) {
            var refused = api.get(path + "?office=xa-den-nay&from=2027-01-01&to=2027-01-31");
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("from");
        }
    }

    @Test
    void countsEarlyWhatEndedBeforeTheAppointmentsDayByDefaultAndSaysSo() {
        JsonNode report = get("/api/reports/periodic?" + DECEMBER).json();

        assertThat(report.get("earlyRule").asText()).isEqualTo("BEFORE_APPOINTMENT_DAY");
        assertThat(report.at("/total/resolved/total").asLong()).isEqualTo(5);
        assertThat(report.at("/total/resolved/early").asLong()).as("X2").isEqualTo(1);
        assertThat(report.at("/total/resolved/onTime").asLong()).as("X1, X3, X5").isEqualTo(3);
        assertThat(report.at("/total/resolved/overdue").asLong()).as("X4").isEqualTo(1);
        assertThat(get("/api/reports/indicators?" + DECEMBER).json().get("earlyRule").asText()).isEqualTo("BEFORE_APPOINTMENT_DAY");
        assertThat(get("/api/reports/periodic?" + DECEMBER + "&format=csv").body().lines())
                .contains("Trả trước hạn: trả trước ngày hẹn trả (BEFORE_APPOINTMENT_DAY)");
    }

    @Test
    void countsEarlyWhatEndedBeforeTheAppointmentInstantWhenSoSetAndSaysSo() {
        var reports = new PeriodicReports(facts, deadlines, new ReportSettings(null, null, EarlyRule.BEFORE_APPOINTMENT_INSTANT));
        var period = new ReportPeriod(List.of(office), LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"));

        var report = reports.report(period);

        assertThat(report.earlyRule()).isEqualTo(EarlyRule.BEFORE_APPOINTMENT_INSTANT);
        assertThat(report.total().resolved()).as("X1, X2, X3 early; X5 on time; X4 late")
                .isEqualTo(new PeriodicReport.Resolved(5, 3, 1, 1));
        var indicators = new Indicators(reports).of(period);
        assertThat(indicators.earlyRule()).isEqualTo(EarlyRule.BEFORE_APPOINTMENT_INSTANT);
        assertThat(indicators.groups().get(0).inputs()).containsEntry("resolvedEarly", 3L).containsEntry("resolvedOnTime", 1L);
    }
}
