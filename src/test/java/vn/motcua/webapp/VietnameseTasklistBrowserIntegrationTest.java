package vn.motcua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
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

/**
 * Tasklist in headless Chromium as a clerk sees it: the Camunda 8 migration banner is not shown, and the
 * English texts form-js writes into a form (validation messages, the select placeholder) appear in
 * Vietnamese once Tasklist has loaded our custom script. CI (CI=true) fails when Chromium is missing;
 * elsewhere the test is skipped then.
 */
@DemoApp
class VietnameseTasklistBrowserIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of("target/screenshots/tasklist-vietnamese.png");

    // the markup form-js renders for a field error and an empty select (see the script's comment)
    private static final String FORM_JS_MARKUP = """
            const form = document.createElement('div');
            form.className = 'fjs-form';
            form.innerHTML = '<div class="fjs-form-field-error"><ul><li>Field is required.</li>'
                + '<li>Field must match pattern ^[A-Z]{2}[0-9]{13}$.</li></ul></div>'
                + '<div class="fjs-select-display fjs-select-placeholder">Select</div>';
            document.body.appendChild(form);
            """;

    @LocalServerPort
    int port;

    @Test
    void showsNoCamunda8BannerAndFormJsMessagesInVietnamese() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        }
        assertThat(installed).as("CI needs /usr/bin/chromium and /usr/bin/chromedriver").isTrue();

        ChromeDriver browser = chromium();
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/?lang=vi#/login");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]"))).sendKeys("letan.anphu");
            browser.findElement(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
            browser.findElement(By.cssSelector("form button[type=submit]")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-widget-header] .ce-eol-banner")));
            wait.until(b -> browser.executeScript("return !!document.querySelector('script[src*=\"motcua-form-messages\"]') "
                    + "|| performance.getEntriesByType('resource').some(r => r.name.includes('motcua-form-messages'))"));

            browser.executeScript(FORM_JS_MARKUP);
            wait.until(ExpectedConditions.textToBe(By.cssSelector(".fjs-select-display"), "Chọn"));
            Files.createDirectories(SCREENSHOT.getParent());
            Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));

            assertThat(browser.findElement(By.cssSelector("[cam-widget-header] .ce-eol-banner")).isDisplayed())
                    .as("the Camunda 8 banner").isFalse();
            assertThat(browser.findElements(By.cssSelector(".fjs-form-field-error li")))
                    .extracting(e -> e.getText())
                    .containsExactly("Vui lòng nhập mục này.", "Chưa đúng định dạng (xem hướng dẫn dưới ô).");
        } catch (RuntimeException | AssertionError e) {
            Files.createDirectories(SCREENSHOT.getParent());
            Files.write(SCREENSHOT.resolveSibling("tasklist-vietnamese-failed.png"), browser.getScreenshotAs(OutputType.BYTES));
            throw e;
        } finally {
            browser.quit();
        }
    }

    private static ChromeDriver chromium() {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,900", "--lang=vi");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
        return new ChromeDriver(service, options);
    }
}
