package vn.motcua.birth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.DemoApp;
import vn.motcua.EngineRest;
import vn.motcua.PublicApi;
import vn.motcua.TestFiles;

/**
 * A birth-group dossier on the running application: submitted through the public API, each task done
 * through the engine REST API by the demo user whose role it is (and refused to the others), and the
 * citizen's lookup shows the three results.
 */
@DemoApp
class BirthGroupEndToEndIntegrationTest {

    private static final String MOTHER = "001190005678";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Test
    void runsFromOnlineSubmissionThroughThreeAgenciesToTheCitizensThreeResults() {
        var submitted = PublicApi.at(port).application("""
                {"procedureCode":"1.012656.000.00.00.H56","officeId":"xa-an-phu",
                 "applicant":{"name":"Lê Thị Lan","idNumber":"%s","phone":"0987654321"},
                 "details":{"childName":"Phạm Minh Khôi","childBirthDate":"2026-01-15","childSex":"NAM",
                  "childBirthPlace":"Bệnh viện đa khoa tỉnh","motherName":"Lê Thị Lan","motherIdNumber":"%s",
                  "fatherName":"Phạm Văn Minh","fatherIdNumber":"001085002222","residenceAddress":"%s"}}"""
                .formatted(MOTHER, MOTHER, registeredAddressOfLan()))
                .file("TO_KHAI_KHAI_SINH", "to-khai.pdf", TestFiles.pdf(1)).file("GIAY_CHUNG_SINH", "chung-sinh.pdf", TestFiles.pdf(1))
                .file("TO_KHAI_CU_TRU", "ct01.png", TestFiles.png()).submit();
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String code = submitted.json().get("code").asText();

        doTask(code, "Task_ReviewDossier", "letan.anphu", List.of("letan.binhhoa", "hotich.anphu"),
                "{\"receptionDecision\":{\"value\":\"ACCEPT\"}}");
        doTask(code, "Task_RegisterBirth", "hotich.anphu", List.of("congan.anphu", "hotich.binhhoa"),
                "{\"needsSupplement\":{\"value\":false},\"registerBookNumber\":{\"value\":\"45/2026\"}}");
        doTask(code, "Task_RegisterResidence", "congan.anphu", List.of("bhxh.anphu", "congan.binhhoa"),
                "{\"needsSupplement\":{\"value\":false},\"verificationNeeded\":{\"value\":false}}");
        doTask(code, "Task_IssueInsuranceCard", "bhxh.anphu", List.of("congan.anphu", "bhxh.binhhoa"),
                "{\"needsSupplement\":{\"value\":false},\"insuranceCardNumber\":{\"value\":\"TE1010987654321\"}}");
        doTask(code, "Task_ReturnResults", "letan.anphu", List.of("lanhdao.binhhoa"), "{}");

        JsonNode lookup = EngineRest.anonymous(port).get("/api/public/dossiers/" + code + "?idNumber=" + MOTHER).json();
        assertThat(lookup.get("status").asText()).isEqualTo("FINISHED");
        assertThat(lookup.get("results").findValuesAsText("code"))
                .containsExactlyInAnyOrder("TRICH_LUC_KHAI_SINH", "XAC_NHAN_CU_TRU", "THE_BHYT");
        for (JsonNode result : lookup.get("results")) {
            var pdf = EngineRest.anonymous(port).download(result.get("url").asText());
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.body()).startsWith("%PDF");
            String url = result.get("url").asText();
            String documentId = url.substring(url.indexOf("/documents/") + "/documents/".length(), url.indexOf('?'));
            JsonNode verified = EngineRest.anonymous(port).get("/api/public/verify/" + documentId).json();
            assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
            assertThat(verified.get("signatures").findValuesAsText("signer")).containsExactly("Trung tâm phục vụ hành chính công xã An Phú");
        }
    }

    /** One task, done by its officer; officers of other roles or offices can neither see nor complete it. */
    private void doTask(String code, String taskKey, String officer, List<String> others, String variables) {
        runAsynchronousSteps(code);
        String query = "/engine-rest/task?processInstanceBusinessKey=" + code + "&taskDefinitionKey=" + taskKey;
        JsonNode tasks = EngineRest.as(port, officer, "demo").get(query).json();
        assertThat(tasks).as(officer + " sees " + taskKey).hasSize(1);
        String taskId = tasks.get(0).get("id").asText();
        for (String other : others) {
            assertThat(EngineRest.as(port, other, "demo").get(query).json()).as(other + " must not see " + taskKey).isEmpty();
            assertThat(EngineRest.as(port, other, "demo").post("/engine-rest/task/" + taskId + "/complete", "{\"variables\":" + variables + "}")
                    .status()).as(other + " must not complete " + taskKey).isIn(403, 404);
        }
        var done = EngineRest.as(port, officer, "demo").post("/engine-rest/task/" + taskId + "/complete", "{\"variables\":" + variables + "}");
        assertThat(done.status()).as(done.body()).isEqualTo(204);
        runAsynchronousSteps(code);
    }

    /** The job executor is off in tests: the steps behind asyncBefore (calls to the population database) run here. */
    private void runAsynchronousSteps(String code) {
        for (int round = 0; round < 10; round++) {
            var jobs = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
                    .flatMap(p -> management.createJobQuery().processInstanceId(p.getId()).executable().messages().list().stream())
                    .toList();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private static String registeredAddressOfLan() {
        return "Số 12, thôn Bắc, xã Bình Hòa, Tỉnh Mẫu"; // as the population database has it
    }
}
