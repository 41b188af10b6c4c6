package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.reporting.SampleDossiers.at;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
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
import vn.motcua.digitisation.Documents;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Dossiers;
import vn.motcua.fee.FeeLine;
import vn.motcua.fee.Fees;
import vn.motcua.fee.Payments;
import vn.motcua.fee.infra.SimulatedPaymentGateway;
import vn.motcua.identity.Office;
import vn.motcua.identity.Offices;

/**
 * The periodic report over a hand-built set of dossiers of one office of its own (the sample procedure, WD:3,
 * walked through its model with the engine clock set, plus two imported ones), every number asserted for the
 * week of Mon 09/03/2026 – Fri 13/03/2026, the week before and a two-day period inside a supplement pause.
 *
 * <pre>
 * J  online  rec Mon 02/03 08:30  finished Tue 03/03                        (before the week)
 * G  online  rec Mon 02/03 09:00  due Thu 05/03 09:00, apology Mon 09/03 10:00 (new appointment 20/03), open
 * A  online  rec Wed 04/03 09:00  due Mon 09/03 09:00, finished Tue 10/03 10:00 (overdue, then finished)
 * B  counter rec Fri 06/03 09:00  due Wed 11/03 09:00, supplement Mon 09/03 09:00 – Thu 12/03 09:00 → due Mon 16/03 09:00, open
 * C  online  rec Mon 09/03 08:30  two components (one reused), fee 20,000 paid online, finished Tue 10/03 14:00 (early)
 * D  counter rec Mon 09/03 10:00  fee 10,000 unpaid, a scan added, due Thu 12/03 10:00, finished Thu 12/03 09:00 (on time)
 * E  online  rec Tue 10/03 09:00  rejected by an officer Wed 11/03 09:00
 * R  online  rec Tue 10/03 11:00  returned at reception Tue 10/03 11:30
 * F  online  rec Tue 10/03 10:00  withdrawn Tue 10/03 15:00
 * H  online  rec Thu 12/03 09:00  supplement requested Fri 13/03 09:00, open
 * I  online  rec Mon 16/03 09:00                                            (after the week)
 * K  imported, postal, rec Tue 10/03 08:00, appointment Wed 11/03 (the day), finished Thu 12/03 10:00, fee 5,000
 * K2 imported, counter, rec 20/02 09:00, appointment Mon 09/03 17:00, finished Mon 09/03 16:00, fee 8,000 paid online
 * </pre>
 */
@DemoApp
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodicReportIntegrationTest {

    private static final String SUPERVISOR = "giamsat.baocao";

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
    Fees fees;
    @Autowired
    Payments payments;
    @Autowired
    SimulatedPaymentGateway gateway;
    @Autowired
    PeriodicReports reports;
    @Autowired
    Indicators indicators;
    @Autowired
    HistoricalImport imports;
    @Autowired
    FactStore facts;
    @Autowired
    DossierFacts dossierFacts;
    @Autowired
    FactBackfill backfill;
    @Autowired
    Ratings ratings;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Office office;
    private String c;
    private String g;

    @BeforeAll
    void aWeekOfDossiers() throws Exception {
        var sample = new SampleDossiers(engine, dossiers, catalog, documents, offices,
                new Office("xa-bao-cao", "000.00.81.H56", "Xã Báo Cáo", "Tỉnh Mẫu"));
        office = sample.office;
        staffUser(SUPERVISOR, "giam-sat", office.id());
        staffUser("letan.baocao", "tiep-nhan", office.id());

        String j = sample.accepted("2026-03-02T08:30", Channel.ONLINE);
        sample.finished(j, "2026-03-03T10:00");
        g = sample.accepted("2026-03-02T09:00", Channel.ONLINE);
        String a = sample.accepted("2026-03-04T09:00", Channel.ONLINE);
        String b = sample.accepted("2026-03-06T09:00", Channel.COUNTER);
        sample.supplementRequested(b, "2026-03-09T09:00");
        sample.apologised(g, "2026-03-09T10:00", "2026-03-20T09:00:00");

        c = sample.received("2026-03-09T08:30", Channel.ONLINE,
                List.of(sample.document("DON_DE_NGHI", 1, false), sample.document("GIAY_TO_TUY_THAN", 2, true)));
        fees.record(c, List.of(new FeeLine("Lệ phí", 20_000, null)));
        String reference = payments.request(c, 20_000, "Lệ phí").reference();
        at("2026-03-09T08:40");
        var callback = gateway.signedCallback(reference, "PAID");
        assertThat(payments.accept(callback.body(), callback.signature()).name()).isEqualTo("PAID");
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery()
                .processInstanceId(dossiers.get(c).processInstanceId()).singleResult().getId(), java.util.Map.of("dossierComplete", true));

        String d = sample.accepted("2026-03-09T10:00", Channel.COUNTER);
        fees.record(d, List.of(new FeeLine("Lệ phí", 10_000, null)));
        at("2026-03-09T10:05");
        dossiers.addComponent(d, sample.document("DON_DE_NGHI", 3, false), "letan.anphu");

        String e = sample.accepted("2026-03-10T09:00", Channel.ONLINE);
        String f = sample.accepted("2026-03-10T10:00", Channel.ONLINE);
        sample.finished(a, "2026-03-10T10:00");
        String r = sample.received("2026-03-10T11:00", Channel.ONLINE);
        sample.returnedAtReception(r, "2026-03-10T11:30");
        sample.finished(c, "2026-03-10T14:00");
        at("2026-03-10T15:00");
        dossiers.withdraw(f, SampleDossiers.APPLICANT, "Nộp nhầm thủ tục");
        at("2026-03-11T09:00");
        dossiers.reject(e, "hotich.baocao", "Không đủ điều kiện");
        sample.finished(d, "2026-03-12T09:00");
        sample.supplementArrives(b, "2026-03-12T09:00");
        String h = sample.accepted("2026-03-12T09:00", Channel.ONLINE);
        sample.supplementRequested(h, "2026-03-13T09:00");
        sample.accepted("2026-03-16T09:00", Channel.ONLINE);

        at("2026-03-20T09:00");
        String csv = """
                code,office,procedure,field,channel,received,appointment,finished,status,fee,paidOnline
                CU-BC-0001,000.00.81.H56,1.000001.000.00.00.H56,Chứng thực,POSTAL,2026-03-10 08:00,2026-03-11,2026-03-12 10:00,FINISHED,5000,false
                CU-BC-0002,xa-bao-cao,1.000001.000.00.00.H56,Chứng thực,COUNTER,20/02/2026 09:00,09/03/2026 17:00,09/03/2026 16:00,FINISHED,8000,true
                """;
        var job = imports.start(SUPERVISOR, List.of(office), "cu.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(finished(job).imported()).isEqualTo(2);
    }

    private ImportJob finished(ImportJob job) throws InterruptedException {
        for (int i = 0; i < 200 && job.running(); i++) {
            Thread.sleep(50);
            job = imports.job(job.id(), SUPERVISOR).orElseThrow();
        }
        assertThat(job.status()).as(job.toString()).isEqualTo("DONE");
        return job;
    }

    private void staffUser(String id, String group, String tenant) {
        var identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(id).count() == 0) {
            var user = identity.newUser(id);
            user.setFirstName("Báo");
            user.setLastName("Cáo");
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(id, group);
            identity.createTenantUserMembership(tenant, id);
        }
    }

    /** Weeks after the periods asked for: a report is as of now only while its period runs. */
    @BeforeEach
    void laterInTheSpring() {
        at("2026-04-01T08:00");
    }

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    private PeriodicReport report(String from, String to) {
        return reports.report(new ReportPeriod(List.of(office), LocalDate.parse(from), LocalDate.parse(to)));
    }

    private static long[] numbers(PeriodicReport.Row row) {
        return new long[] {row.received().total(), row.received().online(), row.received().counterOrPostal(), row.received().carriedOver(),
                row.resolved().total(), row.resolved().early(), row.resolved().onTime(), row.resolved().overdue(),
                row.inProcess().total(), row.inProcess().withinTerm(), row.inProcess().overdue(), row.rejected(), row.withdrawn(),
                row.awaitingSupplement(), row.apologyLetters(), row.feeBearing(), row.paidOnline(), row.digitised(), row.reused()};
    }

    @Test
    void countsEveryDossierOfTheWeekByFieldAndInTotal() {
        var report = report("2026-03-09", "2026-03-13");

        assertThat(report.fields()).extracting(PeriodicReport.Row::field).containsExactly("Chứng thực", "Thủ tục mẫu");
        //                 received: total online counter carried | resolved: total early onTime overdue | in process: total within overdue
        //                 | rejected withdrawn awaitingSupplement apologies feeBearing paidOnline digitised reused
        assertThat(numbers(report.fields().get(1))).containsExactly(9, 5, 1, 3, 5, 3, 1, 1, 3, 2, 1, 2, 1, 1, 1, 2, 1, 2, 1);
        assertThat(numbers(report.fields().get(0))).containsExactly(2, 0, 1, 1, 2, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0);
        assertThat(numbers(report.total())).containsExactly(11, 5, 2, 4, 7, 3, 2, 2, 3, 2, 1, 2, 1, 1, 1, 3, 1, 2, 1);
        assertThat(report.total().field()).isEqualTo("Tổng cộng");
        assertThat(report.total().received().total()).as("received = resolved + withdrawn + in process")
                .isEqualTo(report.total().resolved().total() + report.total().withdrawn() + report.total().inProcess().total());
    }

    @Test
    void judgesDossiersInProcessAtTheEndOfAPastPeriodByTheAppointmentInForceThen() {
        var report = report("2026-03-02", "2026-03-06");

        // G was due Thu 05/03 09:00 and still open on Sat 07/03: overdue then, although its appointment is now 20/03;
        // A (due Mon 09/03) and B (due Wed 11/03) were within term; K2 (imported, due 09/03) was carried over and within term
        assertThat(numbers(report.fields().get(1))).containsExactly(4, 3, 1, 0, 1, 1, 0, 0, 3, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(numbers(report.fields().get(0))).containsExactly(1, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void countsADossierPausedForASupplementAsAwaitingAndWithinTermWhileItWaits() {
        var report = report("2026-03-09", "2026-03-10");

        // at the end of Tue 10/03: B waits for the applicant (since Mon 09:00, with 16 office hours left; its appointment
        // was Wed 11/03 when the pause began and moved to Mon 16/03 when the supplement came); E (rejected on Wed) and K
        // (finished on Thu) are still in process; G is overdue since its apology letter
        assertThat(numbers(report.fields().get(1))).containsExactly(8, 4, 1, 3, 3, 2, 0, 1, 4, 3, 1, 1, 1, 1, 1, 2, 1, 2, 1);
        assertThat(numbers(report.fields().get(0))).containsExactly(2, 0, 1, 1, 1, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0);
    }

    @Test
    void servesTheReportAsJsonCsvAndXlsxToASupervisorOfTheOffice() throws Exception {
        var api = EngineRest.as(port, SUPERVISOR, "demo");
        String query = "/api/reports/periodic?office=000.00.81.H56&from=2026-03-09&to=2026-03-13";

        var json = api.get(query);
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.json().at("/total/received/total").asLong()).isEqualTo(11);
        assertThat(json.json().at("/total/inProcess/withinTerm").asLong()).isEqualTo(2);
        assertThat(json.json().at("/offices/0/code").asText()).isEqualTo("000.00.81.H56");
        assertThat(json.json().get("asOf").asText()).as("the end of the week").isEqualTo("2026-03-14T00:00:00+07:00");
        assertThat(json.json().get("earlyRule").asText()).isEqualTo("BEFORE_APPOINTMENT_DAY");
        assertThat(api.get("/api/reports/periodic?office=all&from=2026-03-09&to=2026-03-13").json().at("/total/resolved/overdue").asLong())
                .isEqualTo(2);

        var csv = api.download(query + "&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("bao-cao-2026-03-09-2026-03-13.csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFSTT,Lĩnh vực giải quyết,Số hồ sơ nhận giải quyết - Tổng số,"
                + "Số hồ sơ nhận giải quyết - Số kỳ trước chuyển qua,Số hồ sơ nhận giải quyết - Số mới tiếp nhận trực tuyến,");
        assertThat(lines.get(0)).contains("Số hồ sơ đã giải quyết - Trả quá hạn", "Số hồ sơ đang giải quyết - Trong hạn",
                "Thông tin bổ sung của Bộ phận Một cửa - Phiếu xin lỗi và hẹn lại");
        assertThat(lines.subList(1, lines.size())).containsExactly(
                "1,Chứng thực,2,1,0,1,2,0,1,1,0,0,0,0,0,0,0,1,0,0,0",
                "2,Thủ tục mẫu,9,3,5,1,5,3,1,1,3,2,1,2,1,1,1,2,1,2,1",
                ",Tổng cộng,11,4,5,2,7,3,2,2,3,2,1,2,1,1,1,3,1,2,1",
                "Số liệu tính đến 00:00 ngày 14/03/2026 (UTC+07:00)",
                "Trả trước hạn: trả trước ngày hẹn trả (BEFORE_APPOINTMENT_DAY)");

        byte[] xlsx = bytes(query + "&format=xlsx");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Báo cáo II.06a");
            var rows = new java.util.HashMap<Integer, Row>();
            try (Stream<Row> all = sheet.openStream()) {
                all.forEach(row -> rows.put(row.getRowNum() - 1, row)); // 0-based, as written
            }
            assertThat(rows.get(0).getCellText(0)).isEqualTo("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
            assertThat(rows.get(1).getCellText(0)).startsWith("Đơn vị: Xã Báo Cáo (000.00.81.H56)");
            assertThat(rows.get(2).getCellText(0)).isEqualTo("Kỳ báo cáo: từ ngày 09/03/2026 đến ngày 13/03/2026");
            assertThat(rows.get(3).getCellText(0)).isEqualTo("Số liệu tính đến 00:00 ngày 14/03/2026 (UTC+07:00)");
            assertThat(rows.get(4).getCellText(2)).isEqualTo("Số hồ sơ nhận giải quyết");
            assertThat(rows.get(4).getCellText(6)).isEqualTo("Số hồ sơ đã giải quyết");
            assertThat(rows.get(5).getCellText(3)).isEqualTo("Số kỳ trước chuyển qua");
            assertThat(rows.get(5).getCellText(9)).isEqualTo("Trả quá hạn");
            assertThat(cells(rows.get(7))).containsExactly("2", "Thủ tục mẫu", "9", "3", "5", "1", "5", "3", "1", "1", "3", "2", "1",
                    "2", "1", "1", "1", "2", "1", "2", "1");
            assertThat(cells(rows.get(8))).containsExactly("", "Tổng cộng", "11", "4", "5", "2", "7", "3", "2", "2", "3", "2", "1",
                    "2", "1", "1", "1", "3", "1", "2", "1");
            assertThat(rows.get(10).getCellText(0)).isEqualTo("Trả trước hạn: trả trước ngày hẹn trả (BEFORE_APPOINTMENT_DAY)");
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            cells.add(row.getCellText(i));
        }
        return cells;
    }

    private byte[] bytes(String path) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((SUPERVISOR + ":demo").getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return response.body();
    }

    @Test
    void refusesBadParametersNamingEachAndOtherPeoplesOffices() {
        var api = EngineRest.as(port, SUPERVISOR, "demo");

        var bad = api.get("/api/reports/periodic?to=13/03/2026&format=pdf");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("format", "office", "from", "to");
        var backwards = api.get("/api/reports/indicators?office=xa-bao-cao&from=2026-03-13&to=2026-03-09");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").findValuesAsText("field")).containsExactly("to");
        var unknown = api.get("/api/reports/periodic?office=999.99.99.H56&from=2026-03-09&to=2026-03-13");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").findValuesAsText("field")).containsExactly("office");

        assertThat(api.get("/api/reports/periodic?office=000.00.21.H56&from=2026-03-09&to=2026-03-13").status())
                .as("Xã An Phú is not his office").isEqualTo(403);
        assertThat(EngineRest.as(port, "letan.baocao", "demo").get("/api/reports/periodic?office=all&from=2026-03-09&to=2026-03-13")
                .status()).as("a reception clerk").isEqualTo(403);
        assertThat(EngineRest.anonymous(port).get("/api/reports/indicators?office=all&from=2026-03-09&to=2026-03-13").status())
                .isEqualTo(401);
    }

    @Test
    void letsTheApplicantRateOnceAfterTheResultAndFeedsTheIndicators() {
        var citizen = EngineRest.anonymous(port);
        String rating = "/api/public/dossiers/%s/rating";

        assertThat(citizen.post(rating.formatted(g), "{\"idNumber\":\"001203004005\",\"rating\":\"HAI_LONG\"}").status())
                .as("still in process").isEqualTo(409);
        assertThat(citizen.post(rating.formatted(c), "{\"idNumber\":\"079203004005\",\"rating\":\"HAI_LONG\"}").status())
                .as("someone else").isEqualTo(404);
        var bad = citizen.post(rating.formatted(c), "{\"idNumber\":\"001203004005\",\"rating\":\"TUYET_VOI\",\"comment\":\"%s\"}"
                .formatted("x".repeat(1001)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactly("rating", "comment");

        var rated = citizen.post(rating.formatted(c),
                "{\"idNumber\":\"001203004005\",\"rating\":\"KHONG_HAI_LONG\",\"comment\":\"Phải đi lại nhiều lần\"}");
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        assertThat(rated.json().get("ratingLabel").asText()).isEqualTo("Không hài lòng");
        assertThat(citizen.post(rating.formatted(c), "{\"idNumber\":\"001203004005\",\"rating\":\"HAI_LONG\"}").status())
                .as("a second rating").isEqualTo(409);

        var index = indicators.of(new ReportPeriod(List.of(office), LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-13")));
        assertThat(index.groups()).extracting(IndicatorReport.Group::code)
                .containsExactly("PROGRESS", "ONLINE_PAYMENT", "DIGITISATION", "SATISFACTION");
        assertThat(index.groups()).extracting(IndicatorReport.Group::score).containsExactly(14.0, 3.33, 3.14, 10.03);
        assertThat(index.groups()).extracting(IndicatorReport.Group::maximum).containsExactly(20, 10, 22, 18);
        assertThat(index.score()).isEqualTo(30.5);
        assertThat(index.maximum()).isEqualTo(70);
        assertThat(index.groups().get(0).inputs()).containsEntry("resolved", 7L).containsEntry("resolvedEarly", 3L)
                .containsEntry("resolvedOnTime", 2L).containsEntry("inProcessWithinTerm", 2L).containsEntry("counted", 7L);
        assertThat(index.groups().get(1).inputs()).containsEntry("feeBearing", 3L).containsEntry("paidOnline", 1L);
        assertThat(index.groups().get(2).inputs()).containsEntry("finished", 5L).containsEntry("electronicResults", 0L)
                .containsEntry("received", 7L).containsEntry("digitised", 2L).containsEntry("reused", 1L);
        assertThat(index.groups().get(3).inputs()).containsEntry("overdue", 3L).containsEntry("ratedDissatisfied", 1L);
        assertThat(index.notComputed()).extracting(IndicatorReport.NotComputed::code).containsExactly("TRANSPARENCY", "ONLINE_SERVICE");

        JsonNode overHttp = EngineRest.as(port, SUPERVISOR, "demo").get("/api/reports/indicators?office=all&from=2026-03-09&to=2026-03-13").json();
        assertThat(overHttp.get("score").asDouble()).isEqualTo(30.5);
        assertThat(overHttp.at("/groups/0/inputs/resolvedOverdue").asLong()).isEqualTo(2);
    }

    @Test
    void keepsEachRowAsTheDossiersStateWouldRebuildItAndBackfillsARowThatIsMissing() {
        List<String> codes = jdbc.sql("select code from mc_dossier where office_id = ? order by code").param(office.id()).query(String.class).list();
        assertThat(codes).hasSize(11);
        for (String code : codes) {
            assertThat(facts.find(code)).as(code).contains(dossierFacts.rebuild(dossiers.get(code), fees, payments));
        }

        var before = facts.find(c).orElseThrow();
        facts.delete(c);
        backfill.fillIn();
        assertThat(facts.find(c)).contains(before);
        assertThat(jdbc.sql("select rating from mc_report_dossier where code = ?").param(c).query(String.class).optional())
                .as("a rating given before the row was lost comes back").isEqualTo(ratings.find(c).map(r -> r.value().name()));
    }
}
