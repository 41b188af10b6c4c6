package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.CounterScanner;
import vn.motcua.DemoApp;
import vn.motcua.EngineRest;
import vn.motcua.EngineTime;
import vn.motcua.PublicApi;
import vn.motcua.TestFiles;
import vn.motcua.digitisation.Documents;

/**
 * A clerk scans a component at the counter again (POST /api/dossiers/{code}/components/{component}): the new scan is
 * the component's current document, the one it replaces stays in its history with who handed it in and when.
 */
@DemoApp
class CounterScansIntegrationTest {

    private static final String HOA = "001203004005";
    private static final String FORM = "DON_DE_NGHI";

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;
    @Autowired
    Documents documents;
    @Autowired
    RuntimeService runtime;

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void keepsTheSameFileScannedAgainAsANewVersionInsteadOfFailing() {
        EngineTime.at("2031-05-06T09:00");
        byte[] form = TestFiles.pdf(2);
        String code = submitted(form);

        EngineTime.at("2031-05-06T09:20");
        var again = scan("letan.anphu", code, FORM, "don-quet-lai.pdf", form);

        assertThat(again.status()).as(again.body()).isEqualTo(201);
        JsonNode component = onlyComponent(again.json());
        assertThat(component.get("version").asInt()).isEqualTo(2);
        assertThat(component.get("addedBy").asText()).isEqualTo("letan.anphu");
        assertThat(component.get("addedAt").asText()).isEqualTo("2031-05-06T09:20:00+07:00");
        assertThat(component.get("earlierVersions")).singleElement().satisfies(earlier -> {
            assertThat(earlier.get("version").asInt()).isEqualTo(1);
            assertThat(earlier.get("addedBy").asText()).isEqualTo("online");
            assertThat(earlier.get("addedAt").asText()).isEqualTo("2031-05-06T09:00:00+07:00");
        });
    }

    @Test
    void makesTheNewScanCurrentAndKeepsTheEarlierOneForStaffOnly() {
        EngineTime.at("2031-05-06T10:00");
        byte[] uploaded = TestFiles.pdf(1);
        String code = submitted(uploaded);
        EngineTime.at("2031-05-06T10:15");
        byte[] rescanned = TestFiles.pdfOfAbout(20_000, 7);

        var answer = scan("letan.anphu", code, FORM, "don-ro-hon.pdf", rescanned);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        var staff = EngineRest.as(port, "letan.anphu", "demo").get("/api/dossiers/" + code);
        assertThat(staff.status()).as(staff.body()).isEqualTo(200);
        JsonNode component = onlyComponent(staff.json());
        assertThat(download("letan.anphu", component.get("url").asText())).isEqualTo(rescanned);
        String earlierUrl = component.at("/earlierVersions/0/url").asText();
        assertThat(download("letan.anphu", earlierUrl)).isEqualTo(uploaded);

        var citizen = EngineRest.anonymous(port).get("/api/public/dossiers/" + code + "?idNumber=" + HOA).json();
        JsonNode shown = onlyComponent(citizen);
        assertThat(shown.has("earlierVersions")).isFalse();
        assertThat(shown.has("addedBy")).isFalse();
        assertThat(download(null, shown.get("url").asText())).isEqualTo(rescanned);
        Dossier dossier = dossiers.get(code);
        assertThat(dossier.components()).singleElement().satisfies(c -> assertThat(documentBytes(c.documentId())).isEqualTo(rescanned));
        assertThat(runtime.getVariable(dossier.processInstanceId(), "componentLinks").toString())
                .as("the task forms link the current scan").contains(dossier.components().get(0).documentId().toString())
                .doesNotContain(dossier.versionsOf(FORM).get(0).documentId().toString());

        assertThat(EngineRest.as(port, "letan.binhhoa", "demo").get("/api/dossiers/" + code).status()).as("another office").isEqualTo(404);
        assertThat(scan("letan.binhhoa", code, FORM, "x.pdf", rescanned).status()).as("another office").isEqualTo(404);
    }

    @Test
    void keepsTheBlobOfASupersededScanWhenOrphansAreSwept() {
        EngineTime.at("2031-05-07T09:00");
        byte[] uploaded = TestFiles.pdfOfAbout(20_000, 11);
        String code = submitted(uploaded);
        assertThat(scan("letan.anphu", code, FORM, "don.pdf", TestFiles.pdfOfAbout(20_000, 12)).status()).isEqualTo(201);
        ClockUtil.reset();

        documents.sweepOrphans(Duration.ZERO);

        UUID superseded = dossiers.get(code).versionsOf(FORM).get(0).documentId();
        assertThat(documentBytes(superseded)).isEqualTo(uploaded);
    }

    @Test
    void keepsEveryScanWhenClerksRescanAtOnceAndMakesOneCurrent() throws Exception {
        EngineTime.at("2031-05-08T09:00");
        String code = submitted(TestFiles.pdf(1));
        int clerks = 4;
        List<byte[]> scans = new ArrayList<>();
        for (int i = 0; i < clerks; i++) {
            scans.add(TestFiles.pdfOfAbout(20_000, 100 + i));
        }

        ExecutorService counters = Executors.newFixedThreadPool(clerks);
        List<EngineRest.Response> answers = new ArrayList<>();
        try {
            CountDownLatch ready = new CountDownLatch(clerks);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<EngineRest.Response>> sent = new ArrayList<>();
            for (int i = 0; i < clerks; i++) {
                String clerk = i % 2 == 0 ? "letan.anphu" : "hotich.anphu";
                byte[] file = scans.get(i);
                sent.add(counters.submit(() -> {
                    ready.countDown();
                    go.await();
                    return scan(clerk, code, FORM, "don.pdf", file);
                }));
            }
            ready.await();
            go.countDown();
            for (Future<EngineRest.Response> answer : sent) {
                answers.add(answer.get());
            }
        } finally {
            counters.shutdown();
        }

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
        Dossier dossier = dossiers.get(code);
        assertThat(dossier.components()).hasSize(1);
        List<Dossier.ComponentVersion> versions = dossier.versionsOf(FORM);
        assertThat(versions).extracting(Dossier.ComponentVersion::version).containsExactly(1, 2, 3, 4, 5);
        assertThat(dossier.components().get(0).documentId()).isEqualTo(versions.get(4).documentId());
        Set<String> kept = new HashSet<>();
        versions.subList(1, 5).forEach(v -> kept.add(Base64.getEncoder().encodeToString(documentBytes(v.documentId()))));
        assertThat(kept).containsExactlyInAnyOrderElementsOf(scans.stream().map(s -> Base64.getEncoder().encodeToString(s)).toList());
    }

    private String submitted(byte[] form) {
        var response = PublicApi.at(port).application(PublicApi.application(HOA, null)).file(FORM, "don.pdf", form).submit();
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("code").asText();
    }

    private static JsonNode onlyComponent(JsonNode dossier) {
        assertThat(dossier.get("components")).as(dossier.toString()).hasSize(1);
        return dossier.get("components").get(0);
    }

    private byte[] documentBytes(UUID id) {
        return documents.bytes(documents.find(id).orElseThrow());
    }

    private byte[] download(String user, String path) {
        return CounterScanner.download(port, user, path);
    }

    private EngineRest.Response scan(String user, String code, String component, String fileName, byte[] content) {
        return CounterScanner.scan(port, user, code, component, fileName, content);
    }
}
