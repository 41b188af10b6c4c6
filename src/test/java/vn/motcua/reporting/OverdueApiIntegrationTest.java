package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.DemoApp;
import vn.motcua.EngineRest;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.deadline.Clocks;
import vn.motcua.deadline.DeadlineRule;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.IdNumber;
import vn.motcua.dossier.Registration;
import vn.motcua.identity.Office;
import vn.motcua.identity.Offices;
import vn.motcua.shared.Time;

/**
 * GET /api/reports/overdue on a hand-built set in two offices of their own (so that other tests' dossiers
 * do not count), on Friday 24 April 2026 at 10:00: the next working day is Tuesday 28 April, because
 * Monday 27 April is the Hùng Kings holiday. The sample procedure gives every dossier WD:3.
 */
@DemoApp
class OverdueApiIntegrationTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String OFFICE_A = "xa-thu-nghiem-a";
    private static final String OFFICE_B = "xa-thu-nghiem-b";
    private static final String PASSWORD = "overdue-test";
    private static final Map<String, String> CODES = new java.util.HashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    Offices offices;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Clocks clocks;

    @Autowired
    ProcedureCatalog catalog;

    @BeforeEach
    void handBuiltDossiers() {
        synchronized (CODES) {
            if (!CODES.isEmpty()) {
                return;
            }
            offices.register(new Office(OFFICE_A, "000.00.91.H56", "Xã Thử Nghiệm A", "Tỉnh Mẫu"));
            offices.register(new Office(OFFICE_B, "000.00.92.H56", "Xã Thử Nghiệm B", "Tỉnh Mẫu"));
            user("giamsat.a", "giam-sat", OFFICE_A);
            user("giamsat.b", "giam-sat", OFFICE_B);
            user("letan.a", "tiep-nhan", OFFICE_A);
            user("hotich.a", "ho-tich", OFFICE_A);

            // overdue since Thursday 09:00 (WD:3 from Monday 09:00)
            CODES.put("overdue", received(OFFICE_A, "2026-04-20T09:00"));
            // due Tuesday 14:00, across the weekend and the holiday Monday: due soon
            CODES.put("dueSoon", received(OFFICE_A, "2026-04-22T14:00"));
            // due Wednesday 29 April 10:00: beyond the next working day
            CODES.put("later", received(OFFICE_A, "2026-04-23T10:00"));
            // would be overdue since Thursday 08:00, but paused on Tuesday for a supplement
            CODES.put("paused", received(OFFICE_A, "2026-04-20T08:00"));
            at("2026-04-21T08:00");
            clocks.pause(CODES.get("paused"), "DOSSIER", Time.now(), "SUPPLEMENT");
            // due soon as a dossier (Tuesday 15:00), overdue at the police since Thursday 15:00
            CODES.put("lateStage", received(OFFICE_A, "2026-04-22T15:00"));
            clocks.start(CODES.get("lateStage"), "STAGE_POLICE", OFFICE_A, DeadlineRule.parse("WD:1"), Time.now());
            // finished last week, by its appointment (Thursday 16 April 09:00) and after it
            CODES.put("finishedOnTime", received(OFFICE_A, "2026-04-13T09:00"));
            CODES.put("finishedLate", received(OFFICE_A, "2026-04-13T09:00"));
            at("2026-04-15T10:00");
            dossiers.changeStatus(CODES.get("finishedOnTime"), DossierStatus.FINISHED, "hotich.a", null);
            at("2026-04-20T10:00");
            dossiers.changeStatus(CODES.get("finishedLate"), DossierStatus.FINISHED, "hotich.a", null);
            // another office's overdue dossier
            CODES.put("otherOffice", received(OFFICE_B, "2026-04-20T09:00"));

            String overdueTask = tasks.createTaskQuery().processInstanceBusinessKey(CODES.get("overdue")).singleResult().getId();
            tasks.claim(overdueTask, "letan.a");
            ClockUtil.reset();
        }
    }

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void countsOverdueAndDueSoonAcrossTheWeekendAndTheHolidayButNotAPausedClock() {
        at("2026-04-24T10:00");

        JsonNode report = overdue("giamsat.a", "");

        assertThat(report.at("/counts/overdue").asLong()).isEqualTo(2);
        assertThat(report.at("/counts/dueSoon").asLong()).isEqualTo(1);
        assertThat(codes(report)).containsExactly(CODES.get("overdue"), CODES.get("lateStage"), CODES.get("dueSoon"));
        JsonNode first = report.at("/dossiers/0");
        assertThat(first.get("state").asText()).isEqualTo("OVERDUE");
        assertThat(first.get("dueAt").asText()).isEqualTo(hanoi("2026-04-23T09:00").toString());
        assertThat(first.get("overdueWorkingMinutes").asLong()).as("Thursday 09:00-17:00 and Friday 08:00-10:00, lunch not counted")
                .isEqualTo(9 * 60);
        assertThat(first.at("/responsible/0/type").asText()).isEqualTo("USER");
        assertThat(first.at("/responsible/0/id").asText()).isEqualTo("letan.a");
        assertThat(first.at("/lastAction/kind").asText()).isEqualTo("STATUS");
        assertThat(first.at("/lastAction/what").asText()).isEqualTo("RECEIVED");
        assertThat(first.get("cockpitUrl").asText()).startsWith("/camunda/app/cockpit/default/#/process-instance/")
                .endsWith(first.get("processInstanceId").asText());
        JsonNode dueSoon = report.at("/dossiers/2");
        assertThat(dueSoon.get("state").asText()).isEqualTo("DUE_SOON");
        assertThat(dueSoon.get("dueAt").asText()).isEqualTo(hanoi("2026-04-28T14:00").toString());
        assertThat(dueSoon.get("overdueWorkingMinutes").asLong()).isZero();
        assertThat(report.get("dueSoonRule").asText()).isEqualTo("WD:1");
        assertThat(report.get("dueSoonInWords").asText()).isEqualTo("1 ngày làm việc");
    }

    @Test
    void groupsByOfficeProcedureFieldStageAndResponsible() {
        at("2026-04-24T10:00");

        JsonNode report = overdue("giamsat.a", "");

        assertThat(groups(report, "byOffice")).containsExactly(OFFICE_A + "=2/1");
        assertThat(groups(report, "byProcedure")).containsExactly("9.000001.000.00.00.H56=2/1");
        assertThat(groups(report, "byField")).containsExactly("Thủ tục mẫu=2/1");
        assertThat(report.at("/byField/0/labelEn").asText()).isEqualTo("Sample procedures");
        assertThat(groups(report, "byStage")).containsExactlyInAnyOrder("DOSSIER=1/2", "STAGE_POLICE=1/0");
        assertThat(groups(report, "byResponsible")).containsExactlyInAnyOrder("tiep-nhan=1/1", "letan.a=1/0");
    }

    @Test
    void filtersByStage() {
        at("2026-04-24T10:00");

        JsonNode police = overdue("giamsat.a", "stage=STAGE_POLICE");
        JsonNode appointment = overdue("giamsat.a", "stage=DOSSIER");

        assertThat(codes(police)).containsExactly(CODES.get("lateStage"));
        assertThat(police.at("/counts/overdue").asLong()).isEqualTo(1);
        assertThat(police.at("/dossiers/0/dueAt").asText()).isEqualTo(hanoi("2026-04-23T15:00").toString());
        assertThat(police.at("/dossiers/0/appointment").asText()).isEqualTo(hanoi("2026-04-28T15:00").toString());
        assertThat(appointment.at("/counts/overdue").asLong()).isEqualTo(1);
        assertThat(appointment.at("/counts/dueSoon").asLong()).isEqualTo(2);
    }

    @Test
    void filtersByFieldGroupAssigneeAndStateAndSorts() {
        at("2026-04-24T10:00");

        assertThat(overdue("giamsat.a", "field=Sample%20procedures").get("total").asLong()).isEqualTo(3);
        assertThat(codes(overdue("giamsat.a", "group=tiep-nhan"))).containsExactly(CODES.get("lateStage"), CODES.get("dueSoon"));
        assertThat(codes(overdue("giamsat.a", "assignee=letan.a"))).containsExactly(CODES.get("overdue"));
        assertThat(codes(overdue("giamsat.a", "state=due_soon"))).containsExactly(CODES.get("dueSoon"));
        assertThat(codes(overdue("giamsat.a", "sort=received&order=desc")))
                .containsExactly(CODES.get("lateStage"), CODES.get("dueSoon"), CODES.get("overdue"));
        JsonNode page = overdue("giamsat.a", "limit=1&offset=1");
        assertThat(codes(page)).containsExactly(CODES.get("lateStage"));
        assertThat(page.get("total").asLong()).isEqualTo(3);
    }

    @Test
    void showsEachSupervisorOnlyHisOwnOffices() {
        at("2026-04-24T10:00");

        JsonNode b = overdue("giamsat.b", "");
        JsonNode aAskingForB = overdue("giamsat.a", "office=" + OFFICE_B);

        assertThat(codes(b)).containsExactly(CODES.get("otherOffice"));
        assertThat(b.get("offices").findValuesAsText("id")).containsExactly(OFFICE_B);
        assertThat(aAskingForB.at("/counts/overdue").asLong()).isZero();
        assertThat(aAskingForB.get("dossiers")).isEmpty();
        assertThat(aAskingForB.get("offices")).isEmpty();
    }

    @Test
    void showsAnOfficerOnlyHisOwnQueue() {
        at("2026-04-24T10:00");

        assertThat(codes(overdue("letan.a", ""))).containsExactly(CODES.get("overdue"), CODES.get("lateStage"), CODES.get("dueSoon"));
        assertThat(overdue("hotich.a", "").get("total").asLong()).isZero();
    }

    @Test
    void chartsTheWeeklyOnTimeRateOfFinishedDossiers() {
        at("2026-04-24T10:00");

        JsonNode weeks = overdue("giamsat.a", "weeks=2").get("onTimeByWeek");

        assertThat(weeks).hasSize(2);
        assertThat(weeks.get(0).get("weekStart").asText()).isEqualTo("2026-04-13");
        assertThat(weeks.get(0).get("finished").asLong()).isEqualTo(1);
        assertThat(weeks.get(0).get("onTime").asLong()).isEqualTo(1);
        assertThat(weeks.get(1).get("weekStart").asText()).isEqualTo("2026-04-20");
        assertThat(weeks.get(1).get("finished").asLong()).isEqualTo(1);
        assertThat(weeks.get(1).get("onTime").asLong()).isZero();
        assertThat(weeks.get(1).get("rate").asDouble()).isZero();
    }

    @Test
    void namesEveryBadParameter() {
        var response = EngineRest.as(port, "giamsat.a", PASSWORD)
                .get("/api/reports/overdue?office=nowhere&stage=police&limit=0&sort=fastest&field=Astrology&weeks=x");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("office", "stage", "limit", "sort", "field", "weeks");
    }

    @Test
    void refusesStrangers() {
        assertThat(EngineRest.anonymous(port).get("/api/reports/overdue").status()).isEqualTo(401);
    }

    private JsonNode overdue(String user, String query) {
        var response = EngineRest.as(port, user, PASSWORD).get("/api/reports/overdue?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> codes(JsonNode report) {
        return report.get("dossiers").findValuesAsText("code");
    }

    private static List<String> groups(JsonNode report, String dimension) {
        List<String> groups = new ArrayList<>();
        report.get(dimension).forEach(g -> groups.add(g.get("key").asText() + "=" + g.get("overdue").asLong() + "/" + g.get("dueSoon").asLong()));
        return groups;
    }

    private String received(String office, String localTime) {
        at(localTime);
        return dossiers.receive(new Registration(catalog.get("9.000001.000.00.00.H56"), office, Channel.ONLINE,
                new Applicant("Lê Văn Thử", new IdNumber("001203009876"), null, null, null), Map.of(), Time.now(), null, List.of(),
                null, null)).code();
    }

    private void user(String id, String group, String office) {
        OverdueScenario.user(identity, PASSWORD, id, group, office);
    }

    private static void at(String localTime) {
        ClockUtil.setCurrentTime(Date.from(hanoi(localTime)));
    }

    private static Instant hanoi(String localTime) {
        return LocalDateTime.parse(localTime).atZone(HANOI).toInstant();
    }
}
