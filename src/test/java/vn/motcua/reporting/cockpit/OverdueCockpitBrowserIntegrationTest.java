package vn.motcua.reporting.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.DemoApp;
import vn.motcua.EngineRest;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.deadline.Clocks;
import vn.motcua.deadline.DeadlineRule;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.IdNumber;
import vn.motcua.dossier.Registration;
import vn.motcua.shared.Time;

/**
 * The supervisor's Cockpit page "Hồ sơ quá hạn / sắp đến hạn" in headless Chromium (the system's
 * chromium and chromedriver): logged in as giamsat through Cockpit's login form, reached through the menu
 * entry, it shows the same numbers as GET /api/reports/overdue. The screenshot is kept in
 * target/screenshots/. CI (CI=true) fails when Chromium is missing; elsewhere the test is skipped then.
 */
@DemoApp
class OverdueCockpitBrowserIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of("target/screenshots/cockpit-overdue.png");

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Clocks clocks;

    @Autowired
    ProcedureCatalog catalog;

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void showsTheSupervisorTheSameNumbersAsTheApi() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        }
        assertThat(installed).as("CI needs /usr/bin/chromium and /usr/bin/chromedriver").isTrue();
        String late = receivedAt(Time.now().minus(Duration.ofDays(21)), "xa-an-phu");
        String soon = receivedAt(Time.now(), "xa-binh-hoa");
        clocks.start(soon, "STAGE_POLICE", "xa-binh-hoa", DeadlineRule.parse("WH:1"), Time.now());

        WebDriver browser = chromium();
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/?lang=vi#/login");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]"))).sendKeys("giamsat");
            browser.findElement(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
            browser.findElement(By.cssSelector("form button[type=submit]")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("overdue-navigation"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("overdue-list")));
            JsonNode api = EngineRest.as(port, "giamsat", "demo").get("/api/reports/overdue").json();
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1600,
                    Math.min(6000, ((Number) ((ChromeDriver) browser).executeScript(
                    "return document.querySelector('.motcua-overdue').getBoundingClientRect().bottom + 120")).intValue() + 100)));
            Files.createDirectories(SCREENSHOT.getParent());
            Files.write(SCREENSHOT, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));

            assertThat(browser.findElement(By.cssSelector(".motcua-overdue h2")).getText()).isEqualTo("Hồ sơ quá hạn / sắp đến hạn");
            assertThat(number(browser.findElement(By.id("overdue-count")))).isEqualTo(api.at("/counts/overdue").asLong()).isPositive();
            assertThat(number(browser.findElement(By.id("due-soon-count")))).isEqualTo(api.at("/counts/dueSoon").asLong()).isPositive();
            for (String dimension : List.of("byOffice", "byProcedure", "byField", "byStage", "byResponsible")) {
                assertThat(shown(browser, dimension)).as(dimension).isEqualTo(counted(api, dimension));
            }
            assertThat(browser.findElements(By.cssSelector("#overdue-list tbody tr")).stream().map(r -> r.getAttribute("data-code")).toList())
                    .isEqualTo(api.get("dossiers").findValuesAsText("code")).contains(late, soon);
            assertThat(browser.findElement(By.id("overdue-showing")).getText()).endsWith(" " + api.get("total").asLong());
            assertThat(browser.findElements(By.cssSelector("svg[data-chart=on-time] g[data-week]"))).hasSize(8);
            assertThat(browser.findElement(By.cssSelector("#overdue-list tr[data-code='" + late + "'] a.process-link")).getAttribute("href"))
                    .contains("#/process-instance/" + dossiers.get(late).processInstanceId());
        } catch (RuntimeException | AssertionError e) {
            Files.createDirectories(SCREENSHOT.getParent());
            Files.write(SCREENSHOT.resolveSibling("cockpit-overdue-failed.png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
            Files.writeString(SCREENSHOT.resolveSibling("cockpit-overdue-failed.html"), browser.getPageSource());
            throw e;
        } finally {
            browser.quit();
        }
    }

    private static WebDriver chromium() {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1600,1200", "--lang=vi");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
        return new ChromeDriver(service, options);
    }

    private static long number(WebElement element) {
        return Long.parseLong(element.getText().replaceAll("[^0-9]", ""));
    }

    private static List<String> shown(WebDriver browser, String dimension) {
        List<String> rows = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("table[data-group=" + dimension + "] tbody tr"))) {
            rows.add(row.getAttribute("data-key") + "=" + number(row.findElement(By.cssSelector("td[data-overdue]"))) + "/"
                    + number(row.findElement(By.cssSelector("td[data-due-soon]"))));
        }
        return rows;
    }

    private static List<String> counted(JsonNode api, String dimension) {
        List<String> rows = new ArrayList<>();
        api.get(dimension).forEach(g -> rows.add(g.get("key").asText() + "=" + g.get("overdue").asLong() + "/" + g.get("dueSoon").asLong()));
        return rows;
    }

    private String receivedAt(Instant when, String office) {
        ClockUtil.setCurrentTime(Date.from(when));
        try {
            return dossiers.receive(new Registration(catalog.get("9.000001.000.00.00.H56"), office, Channel.ONLINE,
                    new Applicant("Đỗ Thị Mai", new IdNumber("001203005555"), null, null, null), Map.of(), Time.now(), null,
                    List.of(), null, null)).code();
        } finally {
            ClockUtil.reset();
        }
    }
}
