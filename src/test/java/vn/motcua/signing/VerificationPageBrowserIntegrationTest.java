package vn.motcua.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.DemoApp;
import vn.motcua.EngineTime;
import vn.motcua.PublicApi;
import vn.motcua.QrCodes;
import vn.motcua.TestFiles;

/**
 * The QR code of a slip opened in headless Chromium the size of a phone, with the headers a browser sends:
 * the Vietnamese verification page, kept as target/screenshots/verification-page.png. CI (CI=true) fails when
 * Chromium is missing; elsewhere the test is skipped then.
 */
@DemoApp
class VerificationPageBrowserIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of("target/screenshots/verification-page.png");
    private static final String HOA = "001203004005";

    @LocalServerPort
    int port;

    @BeforeEach
    void aTuesdayMorning() {
        EngineTime.at("2026-03-10T09:00");
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void aPhoneOpeningTheQrCodeOfASlipShowsTheVietnamesePage() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        }
        assertThat(installed).as("CI needs /usr/bin/chromium and /usr/bin/chromedriver").isTrue();
        String code = PublicApi.at(port).application(PublicApi.application(HOA, null))
                .file("DON_DE_NGHI", "đơn đề nghị.pdf", TestFiles.pdf(1)).submit().json().get("code").asText();
        String qr = QrCodes.onFirstPage(slip(code));

        var browser = chromium();
        try {
            browser.get("http://localhost:" + port + URI.create(qr).getPath());
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".verdict")));
            Files.createDirectories(SCREENSHOT.getParent());
            Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));

            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
            assertThat(browser.getTitle()).isEqualTo("Kết quả xác thực tài liệu");
            assertThat(browser.findElement(By.cssSelector(".verdict")).getText()).isEqualTo("Hợp lệ");
            assertThat(browser.findElement(By.tagName("body")).getText())
                    .contains("Trung tâm phục vụ hành chính công xã An Phú", "10/03/2026 09:00", "giay-tiep-nhan-" + code + ".pdf");
        } finally {
            browser.quit();
        }
    }

    private byte[] slip(String code) throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/public/dossiers/" + code + "/slip?idNumber=" + HOA)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static ChromeDriver chromium() {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=412,915", "--lang=vi");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
        return new ChromeDriver(service, options);
    }
}
