package vn.motcua.deadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.DemoApp;
import vn.motcua.EngineRest;

/** GET /api/calendar/due and /api/calendar/holidays, as a clerk previews an appointment. */
@DemoApp
class CalendarApiIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void previewsAnAppointmentAcrossTet() {
        var due = get("/api/calendar/due?office=xa-an-phu&from=2026-02-13T10:00&rule=WD:3");

        assertThat(due.status()).isEqualTo(200);
        assertThat(due.json().get("office").asText()).isEqualTo("xa-an-phu");
        assertThat(due.json().get("rule").asText()).isEqualTo("WD:3");
        assertThat(due.json().get("startsAt").asText()).isEqualTo("2026-02-13T10:00:00+07:00");
        // Fri 13/02 10:00–17:00 is 6 h; Tết 14–22/02 is off; Mon 23, Tue 24 give 16 h; 2 h more on Wed 25/02
        assertThat(due.json().get("dueAt").asText()).isEqualTo("2026-02-25T10:00:00+07:00");
        assertThat(due.json().get("provisional").asBoolean()).isFalse();
    }

    @Test
    void startsASameDayRuleReceivedAfterTheCutOffOnTheNextWorkingDay() {
        var due = get("/api/calendar/due?office=xa-an-phu&from=2026-04-24T15:30&rule=SAME_DAY&cutoff=15:00").json();

        // Fri 24/04 after 15:00; Mon 27/04 is the Hùng Kings compensation day
        assertThat(due.get("startsAt").asText()).isEqualTo("2026-04-28T08:00:00+07:00");
        assertThat(due.get("dueAt").asText()).isEqualTo("2026-04-28T17:00:00+07:00");
        assertThat(due.get("rule").asText()).isEqualTo("SAME_DAY,cutoff=15:00");
    }

    @Test
    void namesEveryBadParameter() {
        var response = get("/api/calendar/due?office=nowhere&from=13-02-2026&rule=WD:0&cutoff=25:00");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("title").asText()).isEqualTo("Invalid request");
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("office", "from", "rule", "cutoff");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void namesAMissingParameter() {
        var response = get("/api/calendar/due?office=xa-an-phu&from=2026-02-13T10:00");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("rule");
    }

    @Test
    void listsTheDaysOffOfAnEnteredYear() {
        var year = get("/api/calendar/holidays?office=xa-binh-hoa&year=2026").json();

        assertThat(year.get("provisional").asBoolean()).isFalse();
        assertThat(year.get("daysOff").findValuesAsText("date")).contains("2026-02-16", "2026-04-27", "2026-04-30", "2026-05-01");
        assertThat(year.get("daysOff").toString()).contains("Hùng");
    }

    @Test
    void marksAComputedYearAsProvisional() {
        var year = get("/api/calendar/holidays?office=xa-an-phu&year=2028").json();

        assertThat(year.get("provisional").asBoolean()).isTrue();
        assertThat(year.get("daysOff").findValuesAsText("date")).contains("2028-01-26", "2028-04-04", "2028-05-02");
    }

    @Test
    void refusesAYearOutsideTheCalendarAndAnUnknownOffice() {
        var response = get("/api/calendar/holidays?office=nowhere&year=1990");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("office", "year");
    }

    private EngineRest.Response get(String path) {
        return EngineRest.anonymous(port).get(path);
    }
}
