package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.DemoApp;
import vn.motcua.EngineRest;
import vn.motcua.EngineTime;
import vn.motcua.PublicApi;
import vn.motcua.QrCodes;
import vn.motcua.TestFiles;
import vn.motcua.deadline.Clocks;
import vn.motcua.digitisation.Documents;
import vn.motcua.dossier.slip.AppointmentSlip;
import vn.motcua.dossier.slip.SlipComponent;
import vn.motcua.signing.PdfSigner;
import vn.motcua.signing.PdfVerifier;
import vn.motcua.shared.Time;
import vn.motcua.signing.VerificationReport;

/**
 * The appointment slip (form 01) the applicant downloads is signed by the office, kept, and its QR code leads to the
 * public verification of those very bytes; a moved appointment gives a new slip.
 */
@DemoApp
class SignedSlipIntegrationTest {

    private static final String HOA = "001203004005";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Clocks clocks;
    @Autowired
    Documents documents;
    @Autowired
    PdfVerifier verifier;
    @Autowired
    PdfSigner signer;
    @Autowired
    KeptPdfs kept;
    @Autowired
    Environment environment;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aTuesdayMorning() {
        EngineTime.at("2026-03-10T09:00");
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void signsKeepsAndVerifiesTheSlipThenIssuesANewOneWhenTheAppointmentMoves() throws Exception {
        String code = PublicApi.at(port).application(PublicApi.application(HOA, null))
                .file("DON_DE_NGHI", "đơn đề nghị.pdf", TestFiles.pdf(2)).submit().json().get("code").asText();

        byte[] first = slip(code, HOA);
        VerificationReport report = verifier.verify(first);
        assertThat(report.valid()).as(report.toString()).isTrue();
        assertThat(report.signatures()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo(SignedSlips.SIGNING_REASON));

        String qr = QrCodes.onFirstPage(first);
        assertThat(qr).startsWith("http://localhost:8080/api/public/verify/");
        UUID documentId = UUID.fromString(qr.substring(qr.lastIndexOf('/') + 1));
        JsonNode verified = EngineRest.anonymous(port).get("/api/public/verify/" + documentId).json();
        assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
        assertThat(documents.findForOwner(documentId, HOA)).as("in the applicant's own store").isPresent();
        assertThat(slip(code, HOA)).as("the kept bytes, not a new signature").isEqualTo(first);

        Dossier dossier = dossiers.get(code);
        // the same hour a week later: a working day whatever the appointment's weekday
        Instant later = dossier.dueAt().plus(7, ChronoUnit.DAYS);
        clocks.extendTo(code, Dossiers.DOSSIER_CLOCK, Time.now(), later, "Gia hạn để xác minh");
        assertThat(dossiers.get(code).dueAt()).isEqualTo(later);

        byte[] second = slip(code, HOA);
        String secondQr = QrCodes.onFirstPage(second);
        assertThat(secondQr).as("a new slip for the new appointment").isNotEqualTo(qr);
        assertThat(verifier.verify(second).valid()).isTrue();
        assertThat(EngineRest.anonymous(port).get("/api/public/verify/" + documentId).json().get("valid").asBoolean())
                .as("the first slip still verifies").isTrue();
    }

    @Test
    void keepsOneSlipWhenTheFirstDownloadsComeAtOnce() throws Exception {
        String code = PublicApi.at(port).application(PublicApi.application(HOA, null))
                .file("DON_DE_NGHI", "đơn đề nghị.pdf", TestFiles.pdf(1)).submit().json().get("code").asText();
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> downloads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                downloads.add(pool.submit(() -> slip(code, HOA)));
            }
            byte[] first = downloads.get(0).get();
            for (Future<byte[]> download : downloads) {
                assertThat(download.get()).as("every download gives the kept slip").isEqualTo(first);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from mc_dossier_slip where dossier_code = ?").param(code).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(documents.ofOwner(HOA).stream().filter(d -> d.fileName().equals("giay-tiep-nhan-" + code + ".pdf")))
                .as("one slip in the applicant's store").hasSize(1);
    }

    @Test
    void printsTheConfiguredPublicAddressInTheQrCode() throws Exception {
        String code = PublicApi.at(port).application(PublicApi.application(HOA, null))
                .file("DON_DE_NGHI", "đơn đề nghị.pdf", TestFiles.pdf(1)).submit().json().get("code").asText();
        assertThat(QrCodes.onFirstPage(slip(code, HOA)))
                .startsWith(environment.getProperty("motcua.public-base-url") + "/api/public/verify/");

        // another dossier: a slip once kept is served again whatever the address
        String other = PublicApi.at(port).application(PublicApi.application(HOA, null))
                .file("DON_DE_NGHI", "đơn đề nghị.pdf", TestFiles.pdf(1)).submit().json().get("code").asText();
        var elsewhere = new SignedSlips(jdbc, kept, signer, "https://motcua.anphu.gov.vn");
        Dossier dossier = dossiers.get(other);
        var now = Time.now().atZone(EngineTime.HANOI);
        byte[] pdf = elsewhere.of(dossier, new AppointmentSlip("UBND xã An Phú", "AP", other, "Thủ tục", "Nguyễn Thị Hoà", HOA,
                "0912345678", "Thôn 2", "Trực tuyến", List.of(new SlipComponent("Đơn", "")), now, now.plusDays(7),
                "Cổng dịch vụ công", "https://motcua.anphu.gov.vn/api/public/dossiers/" + other));

        assertThat(QrCodes.onFirstPage(pdf)).startsWith("https://motcua.anphu.gov.vn/api/public/verify/");
    }

    @Test
    void givesNoSlipToAStranger() throws Exception {
        String code = PublicApi.at(port).application(PublicApi.application(HOA, null))
                .file("DON_DE_NGHI", "đơn đề nghị.pdf", TestFiles.pdf(1)).submit().json().get("code").asText();

        var stranger = HTTP.send(slipRequest(code, "079203004005"), HttpResponse.BodyHandlers.ofString());

        assertThat(stranger.statusCode()).isEqualTo(404);
        assertThat(stranger.body()).doesNotContain("Exception");
    }

    private byte[] slip(String code, String idNumber) throws Exception {
        var response = HTTP.send(slipRequest(code, idNumber), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

    private HttpRequest slipRequest(String code, String idNumber) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/dossiers/" + code + "/slip?idNumber=" + idNumber))
                .GET().build();
    }
}
