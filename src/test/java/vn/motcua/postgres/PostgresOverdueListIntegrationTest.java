package vn.motcua.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.OwnJvm;
import vn.motcua.identity.Office;
import vn.motcua.reporting.OverdueScenario;

/**
 * The overdue list on PostgreSQL: the database counts, sorts (dossier codes compared as Java compares them, whatever
 * the database's collation), pages and filters as the README says (see {@link OverdueScenario}), and the table of who
 * holds each dossier is created by migration V18 and kept by the engine's task events. The offices are new on every run,
 * so that the throw-away database may be reused. Runs when MOTCUA_TEST_DB_URL names a PostgreSQL database.
 */
@OwnJvm
@EnabledIfEnvironmentVariable(named = "MOTCUA_TEST_DB_URL", matches = "jdbc:postgresql:.+")
class PostgresOverdueListIntegrationTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final Office A = new Office("pg-ds-a-" + RUN, "PGA." + RUN.toUpperCase(Locale.ROOT), "Xã Danh Sách A", "Tỉnh Mẫu");
    private static final Office B = new Office("pg-ds-b-" + RUN, "PGB." + RUN.toUpperCase(Locale.ROOT), "Phường Danh Sách B", "Tỉnh Mẫu");

    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeAll
    static void startOnPostgres() {
        // the engine clock is set back to May 2026: no timer may fire meanwhile
        app = PostgresApp.start("--camunda.bpm.job-execution.enabled=false",
                "--motcua.deadline.office-hours-by-office." + B.id() + "=" + OverdueScenario.OTHER_HOURS);
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void countsSortsPagesAndFiltersInTheDatabaseAsTheListIsDocumented() {
        var scenario = OverdueScenario.build(app, A, B, "pg" + RUN);

        scenario.assertTheDatabaseListsAsDocumented(port);

        var jdbc = app.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from mc_schema_history where version = '18' and success", Integer.class))
                .isOne();
        assertThat(jdbc.queryForObject("select count(distinct h.dossier_code) from mc_dossier_holder h join mc_dossier d "
                + "on d.code = h.dossier_code where d.office_id in (?, ?)", Integer.class, A.id(), B.id()))
                .as("every open dossier of the scenario has a holder row").isEqualTo(22);
    }
}
