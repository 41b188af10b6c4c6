package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.DemoApp;
import vn.motcua.EngineRest;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.IdNumber;
import vn.motcua.dossier.Registration;
import vn.motcua.fee.FeeLine;
import vn.motcua.fee.Fees;
import vn.motcua.fee.PaidBy;
import vn.motcua.fee.Receipt;
import vn.motcua.fee.Receipts;

/**
 * GET /api/reports/fees on a data set built by hand in March 2033 (a month no other test uses), every number
 * asserted. Xã An Phú: certified copies paid online (D1), at the counter (D2), a counter payment of a dossier
 * charged in February (D7), one charged on the last evening of March and paid in April (D8), an exempt one
 * (D5); signature certifications paid and then cancelled (D3) and unpaid (D4); a birth group with its two
 * exemptions (D6). Xã Bình Hòa: one certified copy paid online (D9).
 */
@DemoApp
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeeReportIntegrationTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String COPY = "9.000091.000.00.00.H56";
    private static final String SIGNATURE = "9.000092.000.00.00.H56";
    private static final String BIRTH = "1.012656.000.00.00.H56";
    private static final String MARCH = "/api/reports/fees?office=%s&from=2033-03-01&to=2033-03-31";

    @LocalServerPort
    int port;
    @Autowired
    Dossiers dossiers;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    Fees fees;
    @Autowired
    Receipts receipts;

    @BeforeAll
    void buildTheMonth() {
        String d1 = dossier(COPY, "xa-an-phu", "2033-03-02T08:00");
        charge(d1, "2033-03-02T09:00", line(14_000), line(10_000));
        pay(d1, "2033-03-02T10:00", PaidBy.online("TTREPORT2033D1"));

        String d2 = dossier(COPY, "xa-an-phu", "2033-03-03T08:00");
        charge(d2, "2033-03-03T09:00", line(7_000), line(10_000));
        pay(d2, "2033-03-03T10:00", PaidBy.counter());

        String d3 = dossier(SIGNATURE, "xa-an-phu", "2033-03-04T08:00");
        charge(d3, "2033-03-04T09:00", line(30_000));
        Receipt paid = pay(d3, "2033-03-04T10:00", PaidBy.online("TTREPORT2033D3"));
        at("2033-03-05T09:00");
        receipts.cancel(paid.id(), "Thu nhầm");

        String d4 = dossier(SIGNATURE, "xa-an-phu", "2033-03-06T08:00");
        charge(d4, "2033-03-06T09:00", line(10_000));

        String d5 = dossier(COPY, "xa-an-phu", "2033-03-07T08:00");
        charge(d5, "2033-03-07T09:00", exempt("HO_NGHEO"), exempt("HO_NGHEO"));

        String d6 = dossier(BIRTH, "xa-an-phu", "2033-03-08T08:00");
        charge(d6, "2033-03-08T09:00", exempt("DANG_KY_DUNG_HAN"), exempt("TRE_EM"));

        String d7 = dossier(COPY, "xa-an-phu", "2033-02-27T08:00");
        charge(d7, "2033-02-27T09:00", line(10_000));
        pay(d7, "2033-03-01T08:00", PaidBy.counter());

        String d8 = dossier(COPY, "xa-an-phu", "2033-03-31T23:00");
        charge(d8, "2033-03-31T23:30", exempt("NGUOI_KHUYET_TAT"), line(10_000));
        pay(d8, "2033-04-01T00:10", PaidBy.online("TTREPORT2033D8"));

        String d9 = dossier(COPY, "xa-binh-hoa", "2033-03-02T08:00");
        charge(d9, "2033-03-02T09:00", line(24_000));
        pay(d9, "2033-03-02T10:00", PaidBy.online("TTREPORT2033D9"));
        ClockUtil.reset();
    }

    @AfterAll
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void givesALeaderTheAmountsDossiersAndExemptionsOfTheirOffice() {
        var response = EngineRest.as(port, "lanhdao.anphu", "demo").get(MARCH.formatted("xa-an-phu"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.at("/offices").findValuesAsText("id")).containsExactly("xa-an-phu");
        assertThat(report.at("/offices/0/name").asText()).isEqualTo("Trung tâm phục vụ hành chính công xã An Phú");
        assertThat(report.get("procedures").findValuesAsText("code")).containsExactly(COPY, SIGNATURE);

        JsonNode copies = report.at("/procedures/0");
        assertThat(copies.get("name").asText()).isEqualTo("Chứng thực bản sao từ bản chính (thủ tục thử nghiệm thu phí)");
        assertChannel(copies.at("/channels/0"), "ONLINE", "Trực tuyến", 1, 24_000, 0, 0, 24_000);
        assertChannel(copies.at("/channels/1"), "COUNTER", "Tại quầy", 2, 27_000, 0, 0, 27_000);
        assertThat(copies.get("channels")).hasSize(2);
        assertThat(copies.get("netVnd").asLong()).isEqualTo(51_000);
        assertDossiers(copies.get("dossiers"), 3, 3, 2, 66.7);

        JsonNode signatures = report.at("/procedures/1");
        assertChannel(signatures.at("/channels/0"), "ONLINE", "Trực tuyến", 1, 30_000, 1, 30_000, 0);
        assertThat(signatures.get("channels")).hasSize(1);
        assertThat(signatures.get("netVnd").asLong()).isZero();
        assertDossiers(signatures.get("dossiers"), 2, 0, 0, 0.0);

        JsonNode totals = report.get("totals");
        assertChannel(totals.at("/channels/0"), "ONLINE", "Trực tuyến", 2, 54_000, 1, 30_000, 24_000);
        assertChannel(totals.at("/channels/1"), "COUNTER", "Tại quầy", 2, 27_000, 0, 0, 27_000);
        assertThat(totals.get("collectedVnd").asLong()).isEqualTo(81_000);
        assertThat(totals.get("cancelledVnd").asLong()).isEqualTo(30_000);
        assertThat(totals.get("netVnd").asLong()).isEqualTo(51_000);
        assertDossiers(totals.get("dossiers"), 5, 3, 2, 40.0);

        assertThat(report.get("exemptions")).hasSize(4);
        assertExemption(report.at("/exemptions/0"), "DANG_KY_DUNG_HAN", "Đăng ký khai sinh đúng hạn", 1, 1);
        assertExemption(report.at("/exemptions/1"), "HO_NGHEO", "Hộ nghèo", 1, 2);
        assertExemption(report.at("/exemptions/2"), "NGUOI_KHUYET_TAT", "Người khuyết tật", 1, 1);
        assertExemption(report.at("/exemptions/3"), "TRE_EM", "Trẻ em", 1, 1);

        assertThat(EngineRest.as(port, "lanhdao.anphu", "demo").get(MARCH.formatted("all")).json())
                .as("all: every office the leader works for").isEqualTo(report);
    }

    @Test
    void givesTheSupervisorEveryOfficeTogether() {
        JsonNode report = EngineRest.as(port, "giamsat", "demo").get(MARCH.formatted("all")).json();

        assertThat(report.at("/offices").findValuesAsText("id")).containsExactly("xa-an-phu", "xa-binh-hoa");
        assertChannel(report.at("/procedures/0/channels/0"), "ONLINE", "Trực tuyến", 2, 48_000, 0, 0, 48_000);
        assertDossiers(report.at("/procedures/0/dossiers"), 4, 4, 3, 75.0);
        assertThat(report.at("/totals/netVnd").asLong()).isEqualTo(75_000);
        assertDossiers(report.at("/totals/dossiers"), 6, 4, 3, 50.0);

        JsonNode binhHoa = EngineRest.as(port, "giamsat", "demo").get(MARCH.formatted("xa-binh-hoa")).json();
        assertThat(binhHoa.at("/totals/netVnd").asLong()).isEqualTo(24_000);
        assertThat(binhHoa.get("exemptions")).isEmpty();
        JsonNode april = EngineRest.as(port, "giamsat", "demo").get("/api/reports/fees?office=xa-an-phu&from=2033-04-01&to=2033-04-30").json();
        assertThat(april.at("/totals/netVnd").asLong()).as("D8's receipt").isEqualTo(10_000);
        assertThat(april.at("/totals/dossiers/feeBearing").asLong()).isZero();
        assertThat(april.at("/totals/dossiers/paidOnlinePercent").isMissingNode()).as("no share of nothing").isTrue();
    }

    @Test
    void isForSupervisorsAndLeadersOfTheOfficeOnly() {
        assertThat(EngineRest.anonymous(port).get(MARCH.formatted("xa-an-phu")).status()).isEqualTo(401);
        var clerk = EngineRest.as(port, "letan.anphu", "demo").get(MARCH.formatted("xa-an-phu"));
        assertThat(clerk.status()).isEqualTo(403);
        assertThat(clerk.json().get("detail").asText()).contains("giam-sat", "lanh-dao");
        var otherOffice = EngineRest.as(port, "lanhdao.binhhoa", "demo").get(MARCH.formatted("xa-an-phu"));
        assertThat(otherOffice.status()).isEqualTo(403);
        assertThat(otherOffice.json().get("detail").asText()).contains("xa-an-phu");
    }

    @Test
    void namesEveryBadParameter() {
        var bad = EngineRest.as(port, "giamsat", "demo").get("/api/reports/fees?from=2033-02-30&to=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactly("office", "from", "to");

        var backwards = EngineRest.as(port, "giamsat", "demo").get("/api/reports/fees?office=xa-thu-duc&from=2033-03-31&to=2033-03-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").findValuesAsText("field")).containsExactly("office", "to");
        assertThat(backwards.json().get("detail").asText()).contains("no office 'xa-thu-duc'", "is before from");
    }

    // ---- the hand-built month ----------------------------------------------------------------------------------

    private String dossier(String procedure, String office, String localTime) {
        at(localTime);
        var registration = new Registration(catalog.get(procedure), office, Channel.ONLINE,
                new Applicant("Lê Văn Báo Cáo", new IdNumber("001090001234"), null, null, null), Map.of(), instant(localTime), null,
                List.of(), null, null);
        return dossiers.receiveForProcess(registration, "report-test-" + java.util.UUID.randomUUID()).code();
    }

    private void charge(String dossier, String localTime, FeeLine... lines) {
        at(localTime);
        fees.record(dossier, List.of(lines));
    }

    private Receipt pay(String dossier, String localTime, PaidBy paidBy) {
        at(localTime);
        var d = dossiers.get(dossier);
        return receipts.issue(d.officeId(), dossier, "Lê Văn Báo Cáo", null, fees.linesOf(dossier), paidBy);
    }

    private static FeeLine line(long vnd) {
        return new FeeLine("Phí " + vnd, vnd, null);
    }

    private static FeeLine exempt(String exemption) {
        return new FeeLine("Miễn " + exemption, 0, exemption);
    }

    private static void assertChannel(JsonNode channel, String code, String label, long receipts, long collected, long cancellations,
            long cancelled, long net) {
        assertThat(channel.get("channel").asText()).isEqualTo(code);
        assertThat(channel.get("label").asText()).isEqualTo(label);
        assertThat(channel.get("receipts").asLong()).as(code + " receipts").isEqualTo(receipts);
        assertThat(channel.get("collectedVnd").asLong()).as(code + " collected").isEqualTo(collected);
        assertThat(channel.get("cancellations").asLong()).as(code + " cancellations").isEqualTo(cancellations);
        assertThat(channel.get("cancelledVnd").asLong()).as(code + " cancelled").isEqualTo(cancelled);
        assertThat(channel.get("netVnd").asLong()).as(code + " net").isEqualTo(net);
    }

    private static void assertDossiers(JsonNode dossiers, long feeBearing, long paid, long paidOnline, double percent) {
        assertThat(dossiers.get("feeBearing").asLong()).as("fee-bearing").isEqualTo(feeBearing);
        assertThat(dossiers.get("paid").asLong()).as("paid").isEqualTo(paid);
        assertThat(dossiers.get("paidOnline").asLong()).as("paid online").isEqualTo(paidOnline);
        assertThat(dossiers.get("paidOnlinePercent").asDouble()).as("paid online %").isEqualTo(percent);
    }

    private static void assertExemption(JsonNode row, String code, String label, long dossiers, long lines) {
        assertThat(row.get("exemption").asText()).isEqualTo(code);
        assertThat(row.get("label").asText()).isEqualTo(label);
        assertThat(row.get("dossiers").asLong()).isEqualTo(dossiers);
        assertThat(row.get("lines").asLong()).isEqualTo(lines);
    }

    private static void at(String localTime) {
        ClockUtil.setCurrentTime(Date.from(instant(localTime)));
    }

    private static Instant instant(String localTime) {
        return LocalDateTime.parse(localTime).atZone(HANOI).toInstant();
    }
}
