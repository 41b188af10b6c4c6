package vn.motcua.shared.startup;

import vn.motcua.shared.StartupCheckFailed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.motcua.MotcuaApplication;

/** A misconfigured installation fails at once with one message that names what to fix. */
@ExtendWith(OutputCaptureExtension.class)
class StartupPreflightTest {

    @Test
    void failsWithOneClearMessageWhenTheDatabaseIsUnreachable(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(MotcuaApplication.class,
                "--spring.profiles.active=postgres", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/motcua",
                "--spring.datasource.username=motcua", "--spring.datasource.password=secret"))
                .isInstanceOf(StartupCheckFailed.class);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("Cannot reach the database jdbc:postgresql://127.0.0.1:1/motcua as 'motcua'")
                .contains("MOTCUA_DB_URL")
                .doesNotContain("\tat ")
                .doesNotContain("secret");
    }

    @Test
    void failsWithOneClearMessageWhenAProductionSecretIsMissing(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(MotcuaApplication.class,
                "--camunda.bpm.admin-user.password=${MOTCUA_VARIABLE_NOBODY_SETS}"))
                .isInstanceOf(StartupCheckFailed.class)
                .hasMessageContaining("Missing secret MOTCUA_ADMIN_PASSWORD");

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("Set the environment variable MOTCUA_ADMIN_PASSWORD")
                .doesNotContain("\tat ");
    }

    @Test
    void namesEveryMissingDatabaseSecretOfThePostgresProfile(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(MotcuaApplication.class,
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=${MOTCUA_VARIABLE_NOBODY_SETS}",
                "--spring.datasource.password=${MOTCUA_VARIABLE_NOBODY_SETS}"))
                .isInstanceOf(StartupCheckFailed.class)
                .hasMessageContaining("MOTCUA_DB_URL")
                .hasMessageContaining("MOTCUA_DB_PASSWORD");
    }

    @Test
    void failsNamingThePublicAddressWhenItIsMissingOrEndsInASlash() {
        assertThatThrownBy(() -> SpringApplication.run(MotcuaApplication.class,
                "--motcua.public-base-url=${MOTCUA_VARIABLE_NOBODY_SETS}"))
                .isInstanceOf(StartupCheckFailed.class)
                .hasMessageContaining("Missing secret MOTCUA_PUBLIC_BASE_URL");
        assertThatThrownBy(() -> SpringApplication.run(MotcuaApplication.class,
                "--motcua.public-base-url=https://motcua.example.gov.vn/"))
                .isInstanceOf(StartupCheckFailed.class)
                .hasMessageContaining("MOTCUA_PUBLIC_BASE_URL")
                .hasMessageContaining("without a trailing slash");
    }
}
