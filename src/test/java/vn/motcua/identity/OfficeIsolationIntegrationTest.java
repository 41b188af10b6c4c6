package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.DemoApp;
import vn.motcua.EngineRest;
import vn.motcua.WebappSession;

/** Offices are tenants: staff of one office never see another office's dossiers. */
@DemoApp
class OfficeIsolationIntegrationTest {

    private static final String START = "/engine-rest/process-definition/key/hello-dossier/start";
    private static final String APPLICANT = "{\"variables\":{\"applicantName\":{\"value\":\"Nguyễn Văn A\"},"
            + "\"idNumber\":{\"value\":\"001203004005\"}}}";

    @LocalServerPort
    int port;

    private String anPhuInstance;
    private String binhHoaInstance;

    @BeforeEach
    void oneDossierInEachOffice() {
        anPhuInstance = start("letan.anphu");
        binhHoaInstance = start("letan.binhhoa");
    }

    @Test
    void putsEachDossierInTheOfficeOfTheClerkWhoReceivedIt() {
        var admin = EngineRest.as(port, "admin", "demo");

        assertThat(admin.get("/engine-rest/process-instance/" + anPhuInstance).json().get("tenantId").asText())
                .isEqualTo("xa-an-phu");
        assertThat(admin.get("/engine-rest/process-instance/" + binhHoaInstance).json().get("tenantId").asText())
                .isEqualTo("xa-binh-hoa");
    }

    @Test
    void showsAClerkOnlyTheTasksAndInstancesOfTheirOfficeThroughTheRestApi() {
        var clerk = EngineRest.as(port, "letan.anphu", "demo");

        var tasks = clerk.get("/engine-rest/task?processDefinitionKey=hello-dossier").json();
        var instances = clerk.get("/engine-rest/process-instance?processDefinitionKey=hello-dossier").json();

        assertThat(tasks.findValuesAsText("processInstanceId")).contains(anPhuInstance).doesNotContain(binhHoaInstance);
        assertThat(tasks.findValuesAsText("tenantId")).containsOnly("xa-an-phu");
        assertThat(instances.findValuesAsText("id")).contains(anPhuInstance).doesNotContain(binhHoaInstance);
        assertThat(clerk.get("/engine-rest/process-instance/" + binhHoaInstance).status()).isEqualTo(404);
    }

    @Test
    void showsAClerkOnlyTheTasksAndInstancesOfTheirOfficeThroughTheWebappApi() {
        var tasklist = WebappSession.login(port, "tasklist", "letan.binhhoa", "demo");

        var tasks = tasklist.get("/camunda/api/engine/engine/default/task?processDefinitionKey=hello-dossier").json();
        var instances = tasklist.get("/camunda/api/engine/engine/default/process-instance?processDefinitionKey=hello-dossier").json();

        assertThat(tasks.findValuesAsText("processInstanceId")).contains(binhHoaInstance).doesNotContain(anPhuInstance);
        assertThat(instances.findValuesAsText("id")).contains(binhHoaInstance).doesNotContain(anPhuInstance);
    }

    @Test
    void refusesAnotherOfficesTaskAndInstanceInTheWebappApiWithAProblemWithoutClassNames() {
        var tasklist = WebappSession.login(port, "tasklist", "letan.binhhoa", "demo");
        String anPhuTask = EngineRest.as(port, "admin", "demo").get("/engine-rest/task?processInstanceId=" + anPhuInstance)
                .json().get(0).get("id").asText();

        for (String path : new String[] { "/process-instance/" + anPhuInstance + "/variables", "/task/" + anPhuTask + "/variables",
                "/task/" + anPhuTask + "/form-variables" }) {
            var response = tasklist.get("/camunda/api/engine/engine/default" + path);

            assertThat(response.status()).as(path + ": " + response.body()).isIn(403, 404);
            assertThat(response.json().get("type").asText()).as(path).startsWith("https://");
            assertThat(response.body()).as(path).doesNotContain("Exception", "ENGINE-", "org.camunda", "vn.motcua");
        }
    }

    @Test
    void refusesAnotherOfficesInstanceInTheEngineRestApiWithAProblemWithoutClassNames() {
        var response = EngineRest.as(port, "letan.binhhoa", "demo").get("/engine-rest/process-instance/" + anPhuInstance + "/variables");

        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.json().get("status").asInt()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("Exception", "ENGINE-", "org.camunda");
    }

    @Test
    void letsTheProvincialSupervisorSeeBothOffices() {
        var supervisor = EngineRest.as(port, "giamsat", "demo");

        var instances = supervisor.get("/engine-rest/process-instance?processDefinitionKey=hello-dossier").json();

        assertThat(instances.findValuesAsText("id")).contains(anPhuInstance, binhHoaInstance);
    }

    @Test
    void refusesAClerkWhoStartsADossierForAnotherOffice() {
        var clerk = EngineRest.as(port, "letan.anphu", "demo");

        var response = clerk.post(START, "{\"variables\":{\"officeId\":{\"value\":\"xa-binh-hoa\"}}}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("message").asText()).contains("xa-binh-hoa");
    }

    @Test
    void asksForTheOfficeWhenTheStarterWorksForSeveral() {
        var response = EngineRest.as(port, "giamsat", "demo").post(START, APPLICANT);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("message").asText()).contains("officeId");
    }

    @Test
    void letsAClerkCompleteTheirOfficesTaskAndPassesTheDossierToTheirOfficesOfficer() {
        var clerk = EngineRest.as(port, "letan.anphu", "demo");
        String taskId = clerk.get("/engine-rest/task?processInstanceId=" + anPhuInstance).json().get(0).get("id").asText();

        var completed = clerk.post("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\":{\"dossierComplete\":{\"value\":true}}}");

        assertThat(completed.status()).as(completed.body()).isEqualTo(204);
        var anPhuOfficer = EngineRest.as(port, "hotich.anphu", "demo").get("/engine-rest/task?processInstanceId=" + anPhuInstance).json();
        var binhHoaOfficer = EngineRest.as(port, "hotich.binhhoa", "demo").get("/engine-rest/task?processInstanceId=" + anPhuInstance).json();
        assertThat(anPhuOfficer.findValuesAsText("taskDefinitionKey")).containsExactly("Task_ProcessDossier");
        assertThat(binhHoaOfficer).isEmpty();
    }

    @Test
    void doesNotLetAClerkCompleteAnotherOfficesTask() {
        var admin = EngineRest.as(port, "admin", "demo");
        String binhHoaTask = admin.get("/engine-rest/task?processInstanceId=" + binhHoaInstance).json().get(0).get("id").asText();

        var response = EngineRest.as(port, "letan.anphu", "demo").post("/engine-rest/task/" + binhHoaTask + "/complete", "{}");

        assertThat(response.status()).as(response.body()).isIn(403, 404);
        assertThat(admin.get("/engine-rest/task/" + binhHoaTask).status()).isEqualTo(200);
    }

    private String start(String clerk) {
        var response = EngineRest.as(port, clerk, "demo").post(START, APPLICANT);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("id").asText();
    }
}
