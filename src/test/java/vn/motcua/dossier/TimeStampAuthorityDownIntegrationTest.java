package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.OwnJvm;
import vn.motcua.PublicApi;
import vn.motcua.TestFiles;

/**
 * Signatures are time-stamped by an authority over HTTP that does not answer (nothing listens on its port): the
 * applicant asking for the slip gets a 503 to try again later, not a 500, and nothing is kept half-made. A context
 * of its own (another engine), so a JVM of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "motcua.signing.timestamps.source=HTTP", "motcua.signing.timestamps.url=http://127.0.0.1:9/tsa",
        "motcua.signing.timestamps.timeout=2s"})
@ActiveProfiles("demo")
@OwnJvm
class TimeStampAuthorityDownIntegrationTest {

    private static final String HOA = "001203004005";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void tellsTheApplicantToTryAgainLaterAndKeepsNoSlip() throws Exception {
        String code = PublicApi.at(port).application(PublicApi.application(HOA, null))
                .file("DON_DE_NGHI", "đơn đề nghị.pdf", TestFiles.pdf(1)).submit().json().get("code").asText();

        var slip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/dossiers/"
                + code + "/slip?idNumber=" + HOA)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(slip.statusCode()).isEqualTo(503);
        assertThat(slip.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(slip.body()).contains("thử lại sau").doesNotContain("127.0.0.1").doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from mc_dossier_slip where dossier_code = ?").param(code).query(Integer.class).single())
                .isZero();
    }
}
