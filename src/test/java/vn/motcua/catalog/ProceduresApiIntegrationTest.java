package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.DemoApp;
import vn.motcua.EngineRest;

@DemoApp
class ProceduresApiIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void publishesTheCatalogue() {
        var all = EngineRest.anonymous(port).get("/api/procedures");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().findValuesAsText("code")).contains("9.000001.000.00.00.H56");
    }

    @Test
    void publishesOneProcedureWithItsComponents() {
        var one = EngineRest.anonymous(port).get("/api/procedures/9.000001.000.00.00.H56").json();

        assertThat(one.at("/name/vi").asText()).isEqualTo("Hồ sơ mẫu (chào hồ sơ)");
        assertThat(one.get("timeLimit").asText()).isEqualTo("WD:3");
        assertThat(one.get("level").asText()).isEqualTo("FULL_ONLINE");
        assertThat(one.get("components").findValuesAsText("code")).containsExactly("DON_DE_NGHI", "GIAY_TO_TUY_THAN");
    }

    @Test
    void answersAnUnknownCodeWithANotFoundProblem() {
        var response = EngineRest.anonymous(port).get("/api/procedures/1.2.3");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asText()).isEqualTo("no procedure with code '1.2.3'");
    }
}
