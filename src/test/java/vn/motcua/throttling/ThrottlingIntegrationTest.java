package vn.motcua.throttling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.EngineRest;
import vn.motcua.OwnJvm;
import vn.motcua.PublicApi;
import vn.motcua.TestFiles;
import vn.motcua.WebappSession;

/**
 * The throttles with the limits production has (application.yaml; the other tests run with raised ones), behind a
 * trusted proxy (this test, at 127.0.0.1) that forwards each client's address in X-Forwarded-For, so that one test
 * plays many clients. Time moves only when the test steps it. A context of its own, so a JVM of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        "motcua.throttle.public-requests-per-address.capacity=300", "motcua.throttle.public-requests-per-address.period=1m",
        "motcua.throttle.lookup-failures-per-address.capacity=30", "motcua.throttle.lookup-failures-per-address.period=1h",
        "motcua.throttle.lookup-failures-per-dossier.capacity=20", "motcua.throttle.lookup-failures-per-dossier.period=1h",
        "motcua.throttle.login-failures-per-address.capacity=30", "motcua.throttle.login-failures-per-address.period=15m",
        "motcua.throttle.login-failures-per-account-and-address.capacity=5",
        "motcua.throttle.login-failures-per-account-and-address.period=15m"})
@ActiveProfiles("demo")
@OwnJvm
class ThrottlingIntegrationTest {

    private static final String HOA = "001203004005";
    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String SOME_TASKS = "/engine-rest/task?maxResults=1";

    @LocalServerPort
    int port;
    @Autowired
    SteppingTime time;

    @TestConfiguration
    static class Clock {
        @Bean
        @Primary
        SteppingTime steppingThrottleTime() {
            return new SteppingTime();
        }
    }

    @Test
    void answersLookupsFromAnAddressThatGuessedTooOftenWith429AndRetryAfterWhileOtherAddressesAreServed() {
        String code = aDossier();
        var guesser = EngineRest.anonymous(port).withHeader(FORWARDED_FOR, "203.0.113.10");
        for (int i = 0; i < 30; i++) {
            assertThat(guesser.get("/api/public/dossiers/000.00.21.H56-260101-%04d?idNumber=%s".formatted(i, HOA)).status())
                    .as("guess %d", i).isEqualTo(404);
        }

        var refused = guesser.get("/api/public/dossiers/000.00.21.H56-260101-0031?idNumber=" + HOA);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("120");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).contains("thử lại sau 120 giây").contains("try again in 120 seconds");
        assertThat(refused.body()).doesNotContain("Exception").doesNotContain("203.0.113.10");
        assertThat(guesser.get("/api/public/dossiers/" + code + "?idNumber=" + HOA).status()).as("even the right id number").isEqualTo(429);

        var applicant = EngineRest.anonymous(port).withHeader(FORWARDED_FOR, "198.51.100.10");
        assertThat(applicant.get("/api/public/dossiers/" + code + "?idNumber=" + HOA).status()).isEqualTo(200);

        time.step(Duration.ofSeconds(120));
        assertThat(guesser.get("/api/public/dossiers/" + code + "?idNumber=" + HOA).status()).isEqualTo(200);
    }

    @Test
    void answersEveryAddress429ForADossierWhoseIdNumberWasGuessedTooOftenFromManyAddresses() {
        String code = aDossier();
        String other = aDossier();
        for (int i = 0; i < 20; i++) {
            var guesser = EngineRest.anonymous(port).withHeader(FORWARDED_FOR, "203.0.113." + (100 + i));
            assertThat(guesser.get("/api/public/dossiers/%s?idNumber=0012030%05d".formatted(code, i)).status()).isEqualTo(404);
        }

        var next = EngineRest.anonymous(port).withHeader(FORWARDED_FOR, "203.0.113.150")
                .get("/api/public/dossiers/" + code + "?idNumber=001203099999");
        assertThat(next.status()).isEqualTo(429);
        assertThat(next.header("Retry-After")).isEqualTo("180");
        assertThat(next.json().get("detail").asText()).contains("Hồ sơ này").contains("This dossier");
        // spelt another way, it is the same dossier
        assertThat(EngineRest.anonymous(port).withHeader(FORWARDED_FOR, "203.0.113.151")
                .get("/api/public/dossiers/" + code.replace(".", "%2E") + ";x=1?idNumber=001203099998").status()).isEqualTo(429);

        var applicant = EngineRest.anonymous(port).withHeader(FORWARDED_FOR, "198.51.100.20");
        assertThat(applicant.get("/api/public/dossiers/" + other + "?idNumber=" + HOA).status()).as("another dossier").isEqualTo(200);
        assertThat(applicant.get("/api/public/dossiers/" + code + "?idNumber=" + HOA).status()).isEqualTo(429);
        time.step(Duration.ofSeconds(180));
        assertThat(applicant.get("/api/public/dossiers/" + code + "?idNumber=" + HOA).status()).isEqualTo(200);
    }

    @Test
    void throttlesEveryRequestToTheApiWithoutLoginPerAddress() {
        var busy = EngineRest.anonymous(port).withHeader(FORWARDED_FOR, "203.0.113.60");
        for (int i = 0; i < 300; i++) {
            assertThat(busy.get("/api/procedures").status()).isEqualTo(200);
        }

        var refused = busy.get("/api/procedures");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(EngineRest.anonymous(port).withHeader(FORWARDED_FOR, "198.51.100.60").get("/api/procedures").status()).isEqualTo(200);
        time.step(Duration.ofMillis(200));
        assertThat(busy.get("/api/procedures").status()).isEqualTo(200);
    }

    @Test
    void theOwnerStillLogsInAfterStrangersTriedTwelveWrongPasswordsFromOtherAddresses() {
        for (int i = 0; i < 12; i++) {
            var stranger = EngineRest.as(port, "lanhdao.anphu", "doan-" + i).withHeader(FORWARDED_FOR, "203.0.113." + (200 + i));
            assertThat(stranger.get(SOME_TASKS).status()).as("wrong password %d", i).isEqualTo(401);
        }

        assertThat(EngineRest.as(port, "lanhdao.anphu", "demo").withHeader(FORWARDED_FOR, "198.51.100.70").get(SOME_TASKS).status())
                .isEqualTo(200);
        assertThat(WebappSession.open(port, "tasklist", "198.51.100.71").tryLogin("tasklist", "lanhdao.anphu", "demo").status())
                .isEqualTo(200);
    }

    @Test
    void throttlesWrongPasswordsForOneAccountFromOneAddressWhileItsOwnerLogsInElsewhere() {
        var stranger = "203.0.113.30";
        for (int i = 0; i < 5; i++) {
            assertThat(EngineRest.as(port, "hotich.anphu", "doan-" + i).withHeader(FORWARDED_FOR, stranger).get(SOME_TASKS).status())
                    .isEqualTo(401);
        }

        var refused = EngineRest.as(port, "hotich.anphu", "demo").withHeader(FORWARDED_FOR, stranger).get(SOME_TASKS);
        assertThat(refused.status()).as("even the right password, from there").isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("180");
        assertThat(refused.json().get("detail").asText()).contains("tài khoản này").contains("this account");
        assertThat(EngineRest.as(port, "hotich.anphu", "demo").withHeader(FORWARDED_FOR, "198.51.100.30").get(SOME_TASKS).status())
                .as("the owner at her desk").isEqualTo(200);
        assertThat(EngineRest.as(port, "congan.anphu", "demo").withHeader(FORWARDED_FOR, stranger).get(SOME_TASKS).status())
                .as("another account from the same address").isEqualTo(200);

        time.step(Duration.ofSeconds(180));
        assertThat(EngineRest.as(port, "hotich.anphu", "demo").withHeader(FORWARDED_FOR, stranger).get(SOME_TASKS).status())
                .isEqualTo(200);
    }

    @Test
    void throttlesWrongPasswordsFromOneAddressWhateverTheAccount() {
        var stranger = "203.0.113.40";
        for (int i = 0; i < 30; i++) {
            assertThat(EngineRest.as(port, "nguoi-" + i, "doan").withHeader(FORWARDED_FOR, stranger).get(SOME_TASKS).status())
                    .isEqualTo(401);
        }

        var refused = EngineRest.as(port, "letan.binhhoa", "demo").withHeader(FORWARDED_FOR, stranger).get(SOME_TASKS);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("30");
        assertThat(refused.json().get("detail").asText()).contains("từ địa chỉ của bạn").contains("from your address");
        assertThat(EngineRest.as(port, "letan.binhhoa", "demo").withHeader(FORWARDED_FOR, "198.51.100.40").get(SOME_TASKS).status())
                .isEqualTo(200);
    }

    @Test
    void throttlesTheWebappLoginFormLikeHttpBasic() {
        var stranger = WebappSession.open(port, "tasklist", "203.0.113.50");
        for (int i = 0; i < 5; i++) {
            assertThat(stranger.tryLogin("tasklist", "giamsat", "doan-" + i).status()).isEqualTo(401);
        }

        var refused = stranger.tryLogin("tasklist", "giamsat", "demo");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("180");
        assertThat(WebappSession.open(port, "tasklist", "198.51.100.50").tryLogin("tasklist", "giamsat", "demo").status()).isEqualTo(200);
    }

    private String aDossier() {
        var submitted = PublicApi.at(port).application(PublicApi.application(HOA, null))
                .file("DON_DE_NGHI", "đơn đề nghị.pdf", TestFiles.pdf(1)).submit();
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        return submitted.json().get("code").asText();
    }
}
