package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.DemoApp;
import vn.motcua.EngineRest;
import vn.motcua.PublicApi;
import vn.motcua.TestFiles;
import vn.motcua.digitisation.Documents;

/** POST /api/public/dossiers and what follows: every refusal names its field, nothing is half done. */
@DemoApp
class OnlineIntakeIntegrationTest {

    private static final String HOA = "001203004005";
    private static final String PROCEDURE = "9.000001.000.00.00.H56";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RepositoryService repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Documents documents;

    @Test
    void receivesADossierWithACodeAnAppointmentAndALookupLink() {
        var response = submitWithApplicationForm(HOA);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode receipt = response.json();
        assertThat(receipt.get("code").asText()).matches("000\\.00\\.21\\.H56-\\d{6}-\\d{4}");
        assertThat(receipt.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(receipt.get("receivedAt").asText()).endsWith("+07:00");
        assertThat(receipt.get("dueAt").asText()).endsWith("+07:00");
        assertThat(receipt.get("lookupUrl").asText()).endsWith("/api/public/dossiers/" + receipt.get("code").asText());
        assertThat(response.header("Location")).isEqualTo("/api/public/dossiers/" + receipt.get("code").asText());
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(receipt.get("code").asText())
                .singleResult().getTenantId()).isEqualTo("xa-an-phu");
    }

    @Test
    void showsTheApplicantTheStatusHistoryAndDocumentsButNobodyElse() {
        String code = submitWithApplicationForm(HOA).json().get("code").asText();

        var mine = get("/api/public/dossiers/" + code + "?idNumber=" + HOA);
        var someoneElses = get("/api/public/dossiers/" + code + "?idNumber=079203004005");
        var unknown = get("/api/public/dossiers/000.00.21.H56-990101-0001?idNumber=" + HOA);

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("statusLabel").asText()).isEqualTo("Đã tiếp nhận");
        assertThat(mine.json().get("history").findValuesAsText("status")).containsExactly("RECEIVED");
        assertThat(mine.json().get("components").findValuesAsText("code")).containsExactly("DON_DE_NGHI");
        assertThat(get(mine.json().get("components").get(0).get("url").asText()).body()).startsWith("%PDF");
        assertThat(someoneElses.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(someoneElses.json().get("detail").asText().replace(code, "X"))
                .isEqualTo(unknown.json().get("detail").asText().replace("000.00.21.H56-990101-0001", "X"));
    }

    @Test
    void refusesAMissingOrUnreadableApplication() {
        var missing = PublicApi.at(port).file("DON_DE_NGHI", "don.pdf", TestFiles.pdf(1)).submit();
        var unreadable = PublicApi.at(port).application("{\"procedureCode\": ").submit();
        var unknownField = PublicApi.at(port).application("{\"procedure\":\"x\"}").submit();

        assertProblem(missing, 400, "application", "the JSON part 'application' is required");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(fields(unreadable)).containsExactly("application");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(fields(unknownField)).containsExactly("application.procedure");
    }

    @Test
    void namesEveryBadApplicantFieldAtOnce() {
        var response = PublicApi.at(port).application("""
                {"procedureCode":"9.000001.000.00.00.H56","officeId":"xa-an-phu",
                 "applicant":{"name":"","idNumber":"000203004005","phone":"12345","email":"hoa@"}}""")
                .file("DON_DE_NGHI", "don.pdf", TestFiles.pdf(1)).submit();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asText()).isEqualTo("https://motcua.vn/problems/invalid-request");
        assertThat(fields(response)).containsExactly("applicant.name", "applicant.idNumber", "applicant.phone", "applicant.email");
        assertThat(message(response, "applicant.idNumber")).isEqualTo("'000' is not a province code");
    }

    @Test
    void refusesAPersonalIdNumberOfTheWrongLengthOrBornInTheFuture() {
        assertProblem(submitWithApplicationForm("00120300400"), 400, "applicant.idNumber", "a personal id number has exactly 12 digits");
        assertProblem(submitWithApplicationForm("001399004005"), 400, "applicant.idNumber", "the year of birth 2099 lies in the future");
    }

    @Test
    void refusesAnUnknownProcedureAndAnUnknownOfficeAsUnprocessable() {
        var response = PublicApi.at(port).application("""
                {"procedureCode":"1.999999.000.00.00.H56","officeId":"xa-khong-co",
                 "applicant":{"name":"Nguyễn Thị Hoà","idNumber":"001203004005"}}""").submit();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("type").asText()).isEqualTo("https://motcua.vn/problems/unprocessable-request");
        assertThat(fields(response)).containsExactly("procedureCode", "officeId");
        assertThat(message(response, "procedureCode")).isEqualTo("no procedure with code '1.999999.000.00.00.H56'");
    }

    @Test
    void refusesADossierWithoutAMandatoryComponent() {
        var response = PublicApi.at(port).application(PublicApi.application(HOA, null)).submit();

        assertProblem(response, 422, "components.DON_DE_NGHI", "is required: Đơn đề nghị");
    }

    @Test
    void refusesAFileForAComponentTheProcedureDoesNotHave() {
        var response = PublicApi.at(port).application(PublicApi.application(HOA, null))
                .file("DON_DE_NGHI", "don.pdf", TestFiles.pdf(1)).file("SO_HO_KHAU", "shk.pdf", TestFiles.pdf(1)).submit();

        assertProblem(response, 400, "components.SO_HO_KHAU", "is not a component of procedure " + PROCEDURE);
    }

    @Test
    void judgesAFileByItsContentNotItsName() {
        var impostor = PublicApi.at(port).application(PublicApi.application(HOA, null))
                .file("DON_DE_NGHI", "don.pdf", TestFiles.text("<html>not a pdf</html>")).submit();
        var renamedPng = PublicApi.at(port).application(PublicApi.application(HOA, null))
                .file("DON_DE_NGHI", "don.pdf", TestFiles.png()).submit();

        assertThat(impostor.status()).isEqualTo(400);
        assertThat(fields(impostor)).containsExactly("components.DON_DE_NGHI");
        assertThat(message(impostor, "components.DON_DE_NGHI")).startsWith("'don.pdf': ");
        assertThat(renamedPng.status()).as("a PNG named .pdf is a PNG, and this component accepts PNG").isEqualTo(201);
    }

    @Test
    void refusesAFileOverTheSizeLimitAndAnInsaneFileName() {
        var tooLarge = PublicApi.at(port).application(PublicApi.application(HOA, null))
                .file("DON_DE_NGHI", "don.pdf", TestFiles.pdfOfAbout(3_500_000, 7)).submit();
        var badName = PublicApi.at(port).application(PublicApi.application(HOA, null))
                .file("DON_DE_NGHI", "x".repeat(240) + ".pdf", TestFiles.pdf(1)).submit();

        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(fields(tooLarge)).containsExactly("components.DON_DE_NGHI");
        assertThat(badName.status()).isEqualTo(400);
        assertThat(fields(badName)).containsExactly("components.DON_DE_NGHI");
    }

    @Test
    void refusesReuseOfADocumentThatIsNotTheApplicantsOrOfAComponentThatMustBeNew() {
        var response = PublicApi.at(port).application(PublicApi.application(HOA,
                "\"reuse\":{\"GIAY_TO_TUY_THAN\":\"" + UUID.randomUUID() + "\",\"DON_DE_NGHI\":\"" + UUID.randomUUID() + "\"}"))
                .submit();
        var notAnId = PublicApi.at(port).application(PublicApi.application(HOA, "\"reuse\":{\"GIAY_TO_TUY_THAN\":\"abc\"}"))
                .file("DON_DE_NGHI", "don.pdf", TestFiles.pdf(1)).submit();

        assertThat(response.status()).isEqualTo(422);
        assertThat(fields(response)).containsExactlyInAnyOrder("reuse.GIAY_TO_TUY_THAN", "reuse.DON_DE_NGHI");
        assertThat(message(response, "reuse.DON_DE_NGHI")).isEqualTo("this component must be handed in anew");
        assertProblem(notAnId, 400, "reuse.GIAY_TO_TUY_THAN", "'abc' is not a document id");
    }

    @Test
    void reusesADocumentFromTheCitizensStoreWithoutStoringANewCopy() {
        String idNumber = "031195001234";
        var first = PublicApi.at(port).application(PublicApi.application(idNumber, null))
                .file("DON_DE_NGHI", "don.pdf", TestFiles.pdf(1)).file("GIAY_TO_TUY_THAN", "cccd.jpg", TestFiles.jpeg()).submit();
        String firstCode = first.json().get("code").asText();
        String idCard = get("/api/public/dossiers/" + firstCode + "?idNumber=" + idNumber).json().get("components")
                .findValues("url").stream().map(JsonNode::asText).filter(u -> u.contains("/documents/")).toList().get(1)
                .replaceAll(".*/documents/([^?]+)\\?.*", "$1");
        int documentsBefore = documents.ofOwner(idNumber).size();

        var second = PublicApi.at(port).application(PublicApi.application(idNumber, "\"reuse\":{\"GIAY_TO_TUY_THAN\":\"" + idCard + "\"}"))
                .file("DON_DE_NGHI", "don-2.pdf", TestFiles.pdf(2)).submit();

        assertThat(second.status()).as(second.body()).isEqualTo(201);
        var components = get("/api/public/dossiers/" + second.json().get("code").asText() + "?idNumber=" + idNumber).json().get("components");
        assertThat(components.findValuesAsText("code")).containsExactly("DON_DE_NGHI", "GIAY_TO_TUY_THAN");
        assertThat(components.get(1).get("reused").asBoolean()).isTrue();
        assertThat(components.get(1).get("url").asText()).contains(idCard);
        assertThat(documents.ofOwner(idNumber)).as("only the new application form is stored").hasSize(documentsBefore + 1);
        assertThat(jdbc.sql("select count(*) from mc_dossier_component where document_id = ? and reused = true")
                .param(UUID.fromString(idCard)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void returnsTheFirstDossierForARetriedSubmissionWithTheSameIdempotencyKey() {
        String key = "retry-" + UUID.randomUUID();
        var first = submitWithApplicationForm(HOA, key);
        var retry = submitWithApplicationForm(HOA, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("code").asText()).isEqualTo(first.json().get("code").asText());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(jdbc.sql("select count(*) from mc_dossier where idempotency_key = ?").param(key).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void refusesTheSameIdempotencyKeyForADifferentSubmission() {
        String key = "other-" + UUID.randomUUID();
        submitWithApplicationForm(HOA, key);

        var different = submitWithApplicationForm("079203004005", key);

        assertThat(different.status()).isEqualTo(422);
        assertThat(fields(different)).containsExactly("Idempotency-Key");
    }

    @Test
    void leavesNoHalfDossierAndNoVisibleFileWhenTheIntakeFailsAfterStoringFiles() {
        String idNumber = "048190000777";
        int dossiers = count("select count(*) from mc_dossier");
        repository.suspendProcessDefinitionByKey("hello-dossier");
        EngineRest.Response failed;
        try {
            failed = submitWithApplicationForm(idNumber);
        } finally {
            repository.activateProcessDefinitionByKey("hello-dossier");
        }

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.body()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(count("select count(*) from mc_dossier")).isEqualTo(dossiers);
        assertThat(documents.ofOwner(idNumber)).as("no document reachable").isEmpty();
        assertThat(documents.sweepOrphans(java.time.Duration.ZERO)).as("the stored file is an orphan").isPositive();
        assertThat(submitWithApplicationForm(idNumber).status()).isEqualTo(201);
    }

    @Test
    void servesTheAppointmentSlipAsAPdf() {
        String code = submitWithApplicationForm(HOA).json().get("code").asText();

        var slip = EngineRest.anonymous(port).download("/api/public/dossiers/" + code + "/slip?idNumber=" + HOA);

        assertThat(slip.status()).isEqualTo(200);
        assertThat(slip.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(slip.body()).startsWith("%PDF");
    }

    @Test
    void letsTheApplicantWithdrawAtAnyStageEndingTheClockAndTheProcess() {
        String code = submitWithApplicationForm(HOA).json().get("code").asText();

        var withdrawn = EngineRest.anonymous(port).post("/api/public/dossiers/" + code + "/withdrawal",
                "{\"idNumber\":\"" + HOA + "\",\"reason\":\"Nộp nhầm thủ tục\"}");
        var again = EngineRest.anonymous(port).post("/api/public/dossiers/" + code + "/withdrawal",
                "{\"idNumber\":\"" + HOA + "\",\"reason\":\"Lần nữa\"}");

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
        assertThat(jdbc.sql("select state from mc_clock where dossier = ?").param(code).query(String.class).list()).containsOnly("STOPPED");
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void refusesAWithdrawalWithoutReasonOrByAStranger() {
        String code = submitWithApplicationForm(HOA).json().get("code").asText();

        var noReason = EngineRest.anonymous(port).post("/api/public/dossiers/" + code + "/withdrawal", "{\"idNumber\":\"" + HOA + "\"}");
        var stranger = EngineRest.anonymous(port).post("/api/public/dossiers/" + code + "/withdrawal",
                "{\"idNumber\":\"079203004005\",\"reason\":\"x\"}");

        assertProblem(noReason, 400, "reason", "is required, at most 2000 characters");
        assertThat(stranger.status()).isEqualTo(404);
    }

    @Test
    void letsAnOfficerOfTheOfficeRejectADossierWithAReason() {
        String code = submitWithApplicationForm(HOA).json().get("code").asText();
        String rejection = "/api/dossiers/" + code + "/rejection";

        var anonymous = EngineRest.anonymous(port).post(rejection, "{\"reason\":\"x\"}");
        var otherOffice = EngineRest.as(port, "hotich.binhhoa", "demo").post(rejection, "{\"reason\":\"x\"}");
        var rejected = EngineRest.as(port, "hotich.anphu", "demo").post(rejection, "{\"reason\":\"Không thuộc thẩm quyền\"}");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(otherOffice.status()).isEqualTo(404);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("history").findValuesAsText("reason")).contains("Không thuộc thẩm quyền");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
    }

    @Test
    void describesThePublicApiInOpenApi() {
        var docs = get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/public/dossiers")).isTrue();
        assertThat(docs.json().get("paths").has("/api/public/dossiers/{code}")).isTrue();
        assertThat(docs.json().get("paths").has("/api/procedures")).isTrue();
    }

    private EngineRest.Response submitWithApplicationForm(String idNumber) {
        return submitWithApplicationForm(idNumber, null);
    }

    private EngineRest.Response submitWithApplicationForm(String idNumber, String key) {
        return PublicApi.at(port).application(PublicApi.application(idNumber, null))
                .file("DON_DE_NGHI", "đơn đề nghị.pdf", TestFiles.pdf(2)).idempotencyKey(key).submit();
    }

    private EngineRest.Response get(String path) {
        return EngineRest.anonymous(port).get(path);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private static java.util.List<String> fields(EngineRest.Response response) {
        return response.json().get("errors").findValuesAsText("field");
    }

    private static String message(EngineRest.Response response, String field) {
        for (JsonNode error : response.json().get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        return null;
    }

    private static void assertProblem(EngineRest.Response response, int status, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(fields(response)).containsExactly(field);
        assertThat(message(response, field)).isEqualTo(message);
    }
}
