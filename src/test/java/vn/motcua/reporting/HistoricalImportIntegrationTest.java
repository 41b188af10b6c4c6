package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.DemoApp;
import vn.motcua.EngineRest;
import vn.motcua.identity.Office;
import vn.motcua.identity.Offices;

/** Past dossiers imported from an older system's CSV through the API: checked row by row, idempotent, followed to the end. */
@DemoApp
class HistoricalImportIntegrationTest {

    private static final String SUPERVISOR = "giamsat.nhapcu";
    private static final String HEADER = "code,office,procedure,field,channel,received,appointment,finished,status,fee,paidOnline\n";

    @LocalServerPort
    int port;
    @Autowired
    Offices offices;
    @Autowired
    IdentityService identity;

    @BeforeEach
    void anOfficeOfItsOwn() {
        offices.register(new Office("xa-nhap-cu", "000.00.82.H56", "Xã Nhập Cũ", "Tỉnh Mẫu"));
        user(SUPERVISOR, "giam-sat", "xa-nhap-cu");
        user("lanhdao.nhapcu", "lanh-dao", "xa-nhap-cu");
        user("letan.nhapcu", "tiep-nhan", "xa-nhap-cu");
    }

    private void user(String id, String group, String office) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            var user = identity.newUser(id);
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(id, group);
            identity.createTenantUserMembership(office, id);
        }
    }

    @Test
    void importsTheGoodRowsReportsEachBadOneWithLineFieldAndReasonAndImportsNothingTwice() throws Exception {
        String csv = HEADER
                + "NC-0001,000.00.82.H56,2.000001.000.00.00.H56,\"Đất đai, nhà ở\",COUNTER,2025-04-01 09:00,2025-04-10 17:00,2025-04-09 10:00,FINISHED,30000,true\n"
                + "NC-0002,000.00.21.H56,2.000001.000.00.00.H56,Đất đai,FAX,2025-04-01 09:00,2025-04-10 17:00,2025-04-09 10:00,FINISHED,0,false\n"
                + "NC-0003,xa-nhap-cu,2.000001.000.00.00.H56,Đất đai,ONLINE,2025-04-05 09:00,2025-04-10 17:00,2025-04-02 10:00,FINISHED,-5,false\n"
                + "NC-0004,xa-nhap-cu,9.000001.000.00.00.H56,,ONLINE,01/04/2025 09:00,04/04/2025,07/04/2025 08:00,REJECTED,,\n"
                + "NC-0001,xa-nhap-cu,2.000001.000.00.00.H56,Đất đai,COUNTER,2025-04-01 09:00,2025-04-10 17:00,2025-04-09 10:00,FINISHED,0,false\n"
                + "NC-0005,xa-nhap-cu,2.000001.000.00.00.H56,Đất đai,POSTAL,31/02/2025 09:00,2025-04-10 17:00,2025-04-09 10:00,IN_PROCESS,0,maybe\n"
                + "NC-0006,xa-nhap-cu,2.000001.000.00.00.H56,Đất đai,POSTAL,2025-04-02 09:00,2025-04-10,2025-04-10 16:00,WITHDRAWN,0,false\n";

        JsonNode first = untilDone(upload(csv));
        assertThat(first.get("total").asInt()).isEqualTo(7);
        assertThat(first.get("processed").asInt()).isEqualTo(7);
        assertThat(first.get("imported").asInt()).isEqualTo(3);
        assertThat(first.get("rejected").asInt()).isEqualTo(4);
        assertThat(first.get("alreadyPresent").asInt()).isZero();
        assertThat(problems(first.get("rejectedRows"))).containsExactly(
                "3 channel: must be ONLINE, COUNTER or POSTAL",
                "3 office: '000.00.21.H56' is not one of your offices (code or id)",
                "4 fee: must be a whole number of VND, 0 or more",
                "4 finished: must not be before received",
                "6 code: repeats the dossier code of line 2",
                "7 paidOnline: must be true or false",
                "7 received: '31/02/2025 09:00' is not a date and time (yyyy-MM-dd HH:mm or dd/MM/yyyy HH:mm)",
                "7 status: must be FINISHED, RETURNED, REJECTED or WITHDRAWN (an imported dossier has ended)");

        JsonNode again = untilDone(upload(csv));
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("alreadyPresent").asInt()).isEqualTo(4);
        assertThat(again.get("rejected").asInt()).isEqualTo(3);
        assertThat(again.get("presentRows").findValuesAsText("code")).containsExactly("NC-0001", "NC-0004", "NC-0001", "NC-0006");

        // the field of a catalogued procedure is taken from the catalogue when the row leaves it empty
        var report = EngineRest.as(port, SUPERVISOR, "demo").get("/api/reports/periodic?office=xa-nhap-cu&from=2025-04-01&to=2025-04-30").json();
        assertThat(report.get("fields").findValuesAsText("field")).containsExactly("Đất đai", "Đất đai, nhà ở", "Thủ tục mẫu");
        assertThat(report.at("/total/received/total").asLong()).isEqualTo(3);
        assertThat(report.at("/total/resolved/early").asLong()).isEqualTo(1);
        assertThat(report.at("/total/resolved/overdue").asLong()).isEqualTo(1);
        assertThat(report.at("/total/withdrawn").asLong()).isEqualTo(1);
        assertThat(report.at("/total/rejected").asLong()).isEqualTo(1);
        assertThat(report.at("/total/paidOnline").asLong()).isEqualTo(1);
        assertThat(report.at("/total/feeBearing").asLong()).isEqualTo(1);
    }

    @Test
    void followsALargeFileBatchByBatchToTheEnd() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 2_500; i++) {
            csv.append("NL-%05d,xa-nhap-cu,2.000002.000.00.00.H56,Tư pháp,COUNTER,2024-05-02 09:00,2024-05-06 17:00,2024-05-06 15:00,FINISHED,0,false\n"
                    .formatted(i));
        }
        var started = post(csv.toString(), "text/csv", SUPERVISOR);
        assertThat(started.statusCode()).isEqualTo(202);
        JsonNode job = new ObjectMapper().readTree(started.body());
        assertThat(job.get("total").asInt()).isEqualTo(2_500);
        assertThat(started.headers().firstValue("Location").orElseThrow()).isEqualTo("/api/import/dossiers/" + job.get("id").asText());

        JsonNode done = untilDone(started);
        assertThat(done.get("processed").asInt()).isEqualTo(2_500);
        assertThat(done.get("imported").asInt()).isEqualTo(2_500);
        assertThat(done.get("finishedAt").asText()).isNotBlank();
        assertThat(EngineRest.as(port, "lanhdao.nhapcu", "demo").get("/api/import/dossiers/" + job.get("id").asText()).status())
                .as("another user's import").isEqualTo(404);
    }

    @Test
    void refusesAFileWithoutTheColumnsAndAnyoneButSupervisorsAndLeaders() throws Exception {
        var missing = post("code,office,received\nX,xa-nhap-cu,2025-01-01 08:00\n", "text/csv", SUPERVISOR);
        assertThat(missing.statusCode()).isEqualTo(400);
        var problem = new ObjectMapper().readTree(missing.body());
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("file");
        assertThat(problem.get("errors").get(0).get("message").asText())
                .startsWith("the header lacks the column(s) procedure, field, channel, appointment, finished, status, fee, paidOnline");
        assertThat(post("", "text/csv", SUPERVISOR).statusCode()).isEqualTo(400);
        assertThat(post(HEADER, "text/csv", "letan.nhapcu").statusCode()).isEqualTo(403);
        assertThat(EngineRest.as(port, SUPERVISOR, "demo").get("/api/import/dossiers/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    private static java.util.List<String> problems(JsonNode rows) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        rows.forEach(r -> problems.add(r.get("line").asInt() + " " + r.get("field").asText() + ": " + r.get("reason").asText()));
        return problems;
    }

    private HttpResponse<String> upload(String csv) throws Exception {
        String boundary = "motcua-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cu.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + csv + "\r\n--" + boundary + "--\r\n";
        var response = post(body, "multipart/form-data; boundary=" + boundary, SUPERVISOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return response;
    }

    private HttpResponse<String> post(String body, String contentType, String user) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/import/dossiers"))
                .header("Content-Type", contentType).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode untilDone(HttpResponse<String> started) throws Exception {
        String location = started.headers().firstValue("Location").orElseThrow();
        var api = EngineRest.as(port, SUPERVISOR, "demo");
        JsonNode job = api.get(location).json();
        for (int i = 0; i < 300 && job.get("status").asText().equals("RUNNING"); i++) {
            Thread.sleep(50);
            job = api.get(location).json();
        }
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("DONE");
        return job;
    }
}
