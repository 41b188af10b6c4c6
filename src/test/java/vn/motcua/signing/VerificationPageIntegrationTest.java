package vn.motcua.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.DemoApp;
import vn.motcua.EngineTime;
import vn.motcua.PublicApi;
import vn.motcua.QrCodes;
import vn.motcua.TestFiles;
import vn.motcua.digitisation.Documents;
import vn.motcua.digitisation.NewDocument;

/** The QR target read in a phone's browser: a Vietnamese page; API clients keep the JSON. */
@DemoApp
class VerificationPageIntegrationTest {

    private static final String HOA = "001203004005";
    private static final String AN_PHU = "Trung tâm phục vụ hành chính công xã An Phú";
    /** What Chromium on a phone sends when it opens a scanned link. */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    PdfSigner signer;
    @Autowired
    Documents documents;

    @BeforeEach
    void aTuesdayMorning() {
        EngineTime.at("2026-03-10T09:00");
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void aBrowserOpeningTheSlipsQrCodeSeesAVietnamesePageSayingItIsValidWhoSignedAndWhen() throws Exception {
        String code = PublicApi.at(port).application(PublicApi.application(HOA, null))
                .file("DON_DE_NGHI", "đơn đề nghị.pdf", TestFiles.pdf(1)).submit().json().get("code").asText();
        String qr = QrCodes.onFirstPage(slip(code));

        HttpResponse<String> page = get(URI.create(qr).getPath(), BROWSER);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.body()).contains("<html lang=\"vi\">", "name=\"viewport\"", "Hợp lệ", AN_PHU, "10/03/2026 09:00",
                "giay-tiep-nhan-" + code + ".pdf", "Dấu thời gian", "Có: thời điểm ký được tổ chức cấp dấu thời gian xác nhận")
                .doesNotContain("Không hợp lệ", "http://", "https://", "<script");
    }

    @Test
    void anApiClientGetsTheJsonAsBefore() throws Exception {
        UUID id = store(signer.sign(TestFiles.pdf(1), SigningIdentity.office("xa-an-phu"), "Cấp kết quả"), "system", "ket-qua.pdf");

        for (String accept : new String[] { "application/json", "*/*" }) {
            HttpResponse<String> answer = get("/api/public/verify/" + id, accept);

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).as(accept).hasValue("application/json");
            JsonNode report = new ObjectMapper().readTree(answer.body());
            assertThat(report.get("valid").asBoolean()).as(answer.body()).isTrue();
            assertThat(report.get("signatures").get(0).get("signer").asText()).isEqualTo(AN_PHU);
        }
    }

    @Test
    void aTamperedDocumentsPageSaysItIsNotValidAndWhyInVietnameseWithEverythingEscaped() throws Exception {
        byte[] signed = signer.sign(TestFiles.pdf(2), SigningIdentity.office("xa-an-phu"), "Cấp <b>kết quả</b> & \"trả\"");
        UUID id = store(tampered(signed), HOA, "Nguyễn Thị Hoà.pdf");

        HttpResponse<String> page = get("/api/public/verify/" + id, BROWSER);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Không hợp lệ",
                "Chữ ký số thứ 1: Nội dung tài liệu đã bị thay đổi sau khi ký hoặc chữ ký số bị hỏng.",
                "Cấp &lt;b&gt;kết quả&lt;/b&gt; &amp; &quot;trả&quot;", AN_PHU)
                .doesNotContain("<b>kết quả", "Hợp lệ<")
                .as("a citizen's own file name may carry a personal name: not shown").doesNotContain("Nguyễn Thị Hoà");
    }

    @Test
    void anUnknownOrMalformedIdIsAVietnamesePageNotFound() throws Exception {
        for (String id : new String[] { UUID.randomUUID().toString(), "khong-phai-ma" }) {
            HttpResponse<String> page = get("/api/public/verify/" + id, BROWSER);

            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
            assertThat(page.body()).contains("<html lang=\"vi\">", "Không tìm thấy tài liệu").doesNotContain("Exception");
        }
    }

    private UUID store(byte[] pdf, String scannedBy, String fileName) {
        return documents.digitise(new NewDocument(HOA, fileName, new ByteArrayInputStream(pdf), scannedBy, null, UUID.randomUUID())).id();
    }

    /** One digit of the page size changed, a change a signature must catch. */
    private static byte[] tampered(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/MediaBox [0.0 0.0 595") + "/MediaBox [0.0 0.0 ".length();
        assertThat(at).isGreaterThan(100);
        byte[] copy = pdf.clone();
        copy[at] = '4';
        return copy;
    }

    private byte[] slip(String code) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/dossiers/" + code
                + "/slip?idNumber=" + HOA)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
