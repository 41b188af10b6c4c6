package vn.motcua.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.EngineRest;
import vn.motcua.OwnJvm;

/**
 * The production profile on a real PostgreSQL: schema and migrations are created on first start and
 * a dossier goes through end to end. Runs when MOTCUA_TEST_DB_URL names a throw-away database
 * (.ci/run sets it up); skipped otherwise.
 */
@OwnJvm
@EnabledIfEnvironmentVariable(named = "MOTCUA_TEST_DB_URL", matches = "jdbc:postgresql:.+")
class PostgresEndToEndIntegrationTest {

    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeAll
    static void startOnPostgres() {
        app = PostgresApp.start();
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void runsOnPostgresql() {
        String product = app.getBean(JdbcTemplate.class).execute(
                (java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());

        assertThat(product).isEqualTo("PostgreSQL");
    }

    @Test
    void createsTheEngineSchemaAndOurMigrations() {
        var jdbc = app.getBean(JdbcTemplate.class);

        assertThat(jdbc.queryForObject("select count(*) from act_re_procdef where key_ = 'hello-dossier'", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForList("select id from mc_office", String.class)).contains("xa-an-phu", "xa-binh-hoa");
    }

    @Test
    void runsADossierEndToEndWithItsStatutoryClocks() {
        var clerk = EngineRest.as(port, "letan.anphu", "demo");
        var started = clerk.post("/engine-rest/process-definition/key/hello-dossier/start",
                "{\"businessKey\":\"PG-E2E-1\",\"variables\":{\"applicantName\":{\"value\":\"Phạm Văn C\"},"
                        + "\"idNumber\":{\"value\":\"079203004005\"}}}");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instance = started.json().get("id").asText();
        String dossier = clerk.get("/engine-rest/process-instance/" + instance).json().get("businessKey").asText();
        assertThat(dossier).as("registered at the counter, named after its dossier").matches("000\\.00\\.21\\.H56-\\d{6}-\\d{4}");

        completeTheOnlyTask(clerk, instance, "{\"dossierComplete\":{\"value\":true}}");
        completeTheOnlyTask(EngineRest.as(port, "hotich.anphu", "demo"), instance, "{\"needsSupplement\":{\"value\":false}}");
        completeTheOnlyTask(clerk, instance, "{}");

        var history = clerk.get("/engine-rest/history/process-instance/" + instance).json();
        assertThat(history.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(history.get("tenantId").asText()).isEqualTo("xa-an-phu");
        var jdbc = app.getBean(JdbcTemplate.class);
        var clocks = jdbc.queryForList("select clock_key || ':' || state from mc_clock where dossier = ? order by clock_key",
                String.class, dossier);
        assertThat(clocks).containsExactly("DOSSIER:STOPPED", "STAGE:STOPPED");
        assertThat(jdbc.queryForObject("select status from mc_dossier where code = ?", String.class, dossier)).isEqualTo("FINISHED");
    }

    private static void completeTheOnlyTask(EngineRest user, String instance, String variables) {
        var tasks = user.get("/engine-rest/task?processInstanceId=" + instance).json();
        assertThat(tasks).hasSize(1);
        var completed = user.post("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
                "{\"variables\":" + variables + "}");
        assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    }
}
