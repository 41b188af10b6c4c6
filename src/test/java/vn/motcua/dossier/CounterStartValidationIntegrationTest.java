package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.DemoApp;
import vn.motcua.EngineRest;
import vn.motcua.WebappSession;

/**
 * A dossier started at the counter through the engine's APIs (REST, or Tasklist's start form through the webapps' API)
 * with variables that cannot make a dossier: a 400 problem naming the field in Vietnamese and English, no SQL in it,
 * and nothing half-registered.
 */
@DemoApp
class CounterStartValidationIntegrationTest {

    private static final String REST = "/engine-rest/process-definition/key/hello-dossier/";
    private static final String WEBAPP = "/camunda/api/engine/engine/default/process-definition/key/hello-dossier/submit-form";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    @Test
    void aBadIdNumberThroughTheEngineRestApiIsA400ProblemNamingItAndRegistersNothing() {
        assertRefusedWithoutTrace(() -> clerk().post(REST + "start", variables("Nguyễn Văn A", "12345", null)), "idNumber",
                "Số định danh cá nhân", "personal id number");
    }

    @Test
    void aMissingIdNumberThroughTheEngineRestApiIsA400ProblemNamingIt() {
        assertRefusedWithoutTrace(() -> clerk().post(REST + "start", "{\"variables\":{\"applicantName\":{\"value\":\"Nguyễn Văn A\"}}}"),
                "idNumber", "Số định danh cá nhân", "personal id number");
    }

    @Test
    void aMissingNameThroughSubmitFormIsA400ProblemNamingIt() {
        assertRefusedWithoutTrace(() -> clerk().post(REST + "submit-form", variables(null, "001203004005", null)), "applicantName",
                "Họ và tên người nộp", "applicant's full name");
    }

    @Test
    void aTenThousandCharacterFieldIsA400ProblemNamingIt() {
        assertRefusedWithoutTrace(() -> clerk().post(REST + "start", variables("Nguyễn Văn A", "001203004005", "x".repeat(10_000))),
                "applicantAddress", "Địa chỉ", "address");
        assertRefusedWithoutTrace(() -> clerk().post(REST + "start", variables("A".repeat(10_000), "001203004005", null)),
                "applicantName", "Họ và tên người nộp", "applicant's full name");
    }

    @Test
    void aNameOrAddressHidingARightToLeftOverrideOrANulIsA400ProblemNamingIt() {
        assertRefusedWithoutTrace(() -> clerk().post(REST + "start", variables("Nguyễn \\u202EVăn A", "001203004005", null)),
                "applicantName", "ký tự điều khiển hoặc ký tự ẩn U+202E", "invisible character U+202E");
        assertRefusedWithoutTrace(() -> clerk().post(REST + "start", variables("Nguyễn Văn A", "001203004005", "Thôn\\u00002")),
                "applicantAddress", "ký tự điều khiển hoặc ký tự ẩn U+0000", "invisible character U+0000");
    }

    @Test
    void aBadIdNumberOnTasklistsStartFormIsA400ProblemNamingItAndRegistersNothing() {
        var tasklist = WebappSession.login(port, "tasklist", "letan.anphu", "demo");
        // the session after the login gets its CSRF token with its first request, as in the browser
        tasklist.get("/camunda/api/engine/engine/default/process-definition/key/hello-dossier");

        assertRefusedWithoutTrace(() -> tasklist.post(WEBAPP, variables("Nguyễn Văn A", "99999999999x", null)), "idNumber",
                "Số định danh cá nhân", "personal id number");
    }

    @Test
    void aValidStartStillRegistersTheDossier() {
        long dossiers = dossiers();

        var started = clerk().post(REST + "start", variables("Nguyễn Văn A", "001203004005", "Thôn 2"));

        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(dossiers()).isEqualTo(dossiers + 1);
    }

    private void assertRefusedWithoutTrace(java.util.function.Supplier<EngineRest.Response> start, String field, String vi, String en) {
        long dossiers = dossiers();
        long instances = instances();

        var response = start.get();

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("errors").findValuesAsText("field")).contains(field);
        assertThat(problem.get("detail").asText()).contains(vi).contains(en);
        assertThat(response.body()).doesNotContainIgnoringCase("insert into").doesNotContain("mc_dossier").doesNotContain("Exception")
                .doesNotContain("java.").doesNotContain("org.camunda");
        assertThat(dossiers()).isEqualTo(dossiers);
        assertThat(instances()).isEqualTo(instances);
    }

    private EngineRest clerk() {
        return EngineRest.as(port, "letan.anphu", "demo");
    }

    private long dossiers() {
        return jdbc.sql("select count(*) from mc_dossier").query(Long.class).single();
    }

    private long instances() {
        return runtime.createProcessInstanceQuery().processDefinitionKey("hello-dossier").count();
    }

    private static String variables(String name, String idNumber, String address) {
        StringBuilder json = new StringBuilder("{\"variables\":{");
        String separator = "";
        for (String[] variable : new String[][] {{"applicantName", name}, {"idNumber", idNumber}, {"applicantAddress", address}}) {
            if (variable[1] != null) {
                json.append(separator).append('"').append(variable[0]).append("\":{\"value\":\"").append(variable[1]).append("\"}");
                separator = ",";
            }
        }
        return json.append("}}").toString();
    }
}
