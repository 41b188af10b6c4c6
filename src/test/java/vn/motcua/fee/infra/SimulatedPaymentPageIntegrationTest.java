package vn.motcua.fee.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.DemoApp;
import vn.motcua.fee.Payments;

/**
 * The simulated gateway's payment page (/simulator/pay/{reference}): always labelled a simulator; buttons only
 * while the request is open; its answers are checked like the real gateway's (the happy path: the fee-collection
 * step's process test).
 */
@DemoApp
class SimulatedPaymentPageIntegrationTest {

    private static final Instant NOON = Instant.parse("2032-03-03T05:00:00Z");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    Payments payments;

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void saysSoWhenItHasNoSuchRequest() throws Exception {
        var page = get("/simulator/pay/TTNOSUCHREQUEST");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("CỔNG THANH TOÁN MÔ PHỎNG", "Không tìm thấy yêu cầu thanh toán", "TTNOSUCHREQUEST");
        assertThat(press("/simulator/pay/TTNOSUCHREQUEST", "PAY").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAnUnknownButtonAndEscapesWhatItShows() throws Exception {
        ClockUtil.setCurrentTime(Date.from(NOON));
        var request = payments.request("TEST-PAGE-<b>1</b>", 5_000, "Phí <script>alert(1)</script>");
        String path = "/simulator/pay/" + request.reference();

        assertThat(get(path).body()).contains("Phí &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
        var odd = press(path, "STEAL");
        assertThat(odd.statusCode()).isEqualTo(400);
        assertThat(odd.body()).contains("Hãy chọn");
        assertThat(payments.find(request.reference()).orElseThrow().status()).isEqualTo("PENDING");
    }

    @Test
    void takesNoPaymentAfterTheRequestExpired() throws Exception {
        ClockUtil.setCurrentTime(Date.from(NOON));
        var request = payments.request("TEST-PAGE-2", 5_000, "Phí chứng thực");
        String path = "/simulator/pay/" + request.reference();
        ClockUtil.setCurrentTime(Date.from(NOON.plus(Duration.ofMinutes(30))));

        var expired = get(path);
        assertThat(expired.body()).contains("Yêu cầu thanh toán đã hết hạn").doesNotContain(">Thanh toán<");
        assertThat(press(path, "PAY").statusCode()).isEqualTo(409);
        assertThat(payments.find(request.reference()).orElseThrow().status()).isEqualTo("PENDING");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> press(String path, String action) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=" + action)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
