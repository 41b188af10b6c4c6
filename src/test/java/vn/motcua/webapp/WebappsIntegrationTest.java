package vn.motcua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.DemoApp;
import vn.motcua.EngineRest;
import vn.motcua.WebappSession;

/** The webapps are served with our Vietnamese locale and configuration, and health is probed. */
@DemoApp
class WebappsIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void servesTheVietnameseLocaleAndOurConfigurationToEveryApp() {
        var browser = EngineRest.anonymous(port);
        for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
            var locale = browser.get("/camunda/app/" + app + "/locales/vi.json");
            assertThat(locale.status()).as(app).isEqualTo(200);
            assertThat(locale.json().get("labels").size()).as(app).isGreaterThan(100);
            assertThat(browser.get("/camunda/app/" + app + "/scripts/config.js").body()).contains("motcua-locale.js");
            assertThat(browser.get("/camunda/app/" + app + "/styles/user-styles.css").body()).as(app).contains(".ce-eol-banner");
        }
        assertThat(browser.get("/camunda/app/tasklist/scripts/motcua-form-messages.js").body()).contains("Vui lòng nhập mục này.");
        assertThat(browser.get("/camunda/app/motcua-locale.js").status()).isEqualTo(200);
    }

    @Test
    void letsADemoClerkIntoTasklistButNotIntoCockpit() {
        WebappSession.login(port, "tasklist", "letan.anphu", "demo");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebappSession.login(port, "cockpit", "letan.anphu", "demo"))
                .hasMessageContaining("gave 403");
        WebappSession.login(port, "cockpit", "giamsat", "demo");
    }

    @Test
    void answersLivenessAndReadinessWithTheDatabaseChecked() {
        var anonymous = EngineRest.anonymous(port);

        assertThat(anonymous.get("/actuator/health/liveness").json().get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.get("/actuator/health/readiness").json().get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    }
}
