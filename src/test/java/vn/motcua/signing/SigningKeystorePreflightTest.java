package vn.motcua.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.motcua.MotcuaApplication;
import vn.motcua.shared.StartupCheckFailed;

/** Production (no demo PKI) does not start without a keystore it can open, and says which setting to fix. */
@ExtendWith(OutputCaptureExtension.class)
class SigningKeystorePreflightTest {

    @TempDir
    Path dir;

    @Test
    void namesTheSigningSettingsProductionHasNoDefaultFor(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(MotcuaApplication.class, "--motcua.signing.demo.dir="))
                .isInstanceOf(StartupCheckFailed.class)
                .hasMessageContaining("MOTCUA_SIGNING_KEYSTORE, MOTCUA_SIGNING_KEYSTORE_PASSWORD, MOTCUA_SIGNING_TRUST_ANCHORS");

        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START").doesNotContain("\tat ");
    }

    @Test
    void needsTheAddressOfTheTimeStampingAuthorityWhenTimeStampsGoOverHttp(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(MotcuaApplication.class, "--motcua.signing.timestamps.source=HTTP",
                "--motcua.signing.timestamps.url=tsa.example.vn"))
                .isInstanceOf(StartupCheckFailed.class)
                .hasMessageContaining("MOTCUA_SIGNING_TSA_URL")
                .hasMessageContaining("'tsa.example.vn'");

        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START").doesNotContain("\tat ");
    }

    @Test
    void failsWithOneClearMessageWhenTheKeystoreIsMissing(CapturedOutput output) {
        Path missing = dir.resolve("khong-co.p12");

        assertThatThrownBy(() -> SpringApplication.run(MotcuaApplication.class, "--motcua.signing.demo.dir=",
                "--motcua.signing.keystore.path=" + missing, "--motcua.signing.keystore.password=secret",
                "--motcua.signing.trust-anchors=" + missing))
                .isInstanceOf(StartupCheckFailed.class)
                .hasMessageContaining("Cannot open the signing keystore " + missing.toAbsolutePath())
                .hasMessageContaining("motcua.signing.keystore.path")
                .hasMessageContaining("no such file");

        assertThat(output.getOut() + output.getErr())
                .contains("MOTCUA_SIGNING_KEYSTORE")
                .doesNotContain("\tat ")
                .doesNotContain("secret");
    }

    @Test
    void failsWithOneClearMessageWhenTheKeystorePasswordIsWrong(CapturedOutput output) throws Exception {
        Path keystore = dir.resolve("keystore.p12");
        new TestPki().signer(dir);
        Files.move(dir.resolve("test-keystore.p12"), keystore);

        assertThatThrownBy(() -> SpringApplication.run(MotcuaApplication.class, "--motcua.signing.demo.dir=",
                "--motcua.signing.keystore.path=" + keystore, "--motcua.signing.keystore.password=wrong-password",
                "--motcua.signing.trust-anchors=" + keystore))
                .isInstanceOf(StartupCheckFailed.class)
                .hasMessageContaining("Cannot open the signing keystore")
                .hasMessageContaining("password");

        assertThat(output.getOut() + output.getErr())
                .contains("MOTCUA_SIGNING_KEYSTORE_PASSWORD")
                .doesNotContain("wrong-password");
    }
}
