package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.DemoApp;
import vn.motcua.EngineRest;

@DemoApp
class EngineRestSecurityIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void refusesARequestWithoutCredentials() {
        var response = EngineRest.anonymous(port).get("/engine-rest/process-definition");

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void refusesWrongCredentialsWithoutAServerError() {
        // a failed login throttles that user for a while, so this uses a login no other test needs
        assertThat(EngineRest.as(port, "bhxh.binhhoa", "wrong").get("/engine-rest/process-definition").status())
                .isEqualTo(401);
        assertThat(EngineRest.as(port, "nobody", "demo").get("/engine-rest/version").status()).isEqualTo(401);
    }

    @Test
    void answersAStaffMemberWithTheirCredentials() {
        var response = EngineRest.as(port, "letan.anphu", "demo").get("/engine-rest/process-definition?key=hello-dossier");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().findValuesAsText("key")).contains("hello-dossier");
    }

    @Test
    void letsTheAdministratorDeployAsCamundaModelerDoes() {
        var response = EngineRest.as(port, "admin", "demo").get("/engine-rest/deployment?nameLike=hello%25");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().findValuesAsText("source")).containsOnly("motcua-files");
    }
}
