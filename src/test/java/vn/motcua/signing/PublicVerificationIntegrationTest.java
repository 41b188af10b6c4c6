package vn.motcua.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.KeyStore;
import java.util.Collections;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.DemoApp;
import vn.motcua.TestFiles;
import vn.motcua.digitisation.Documents;
import vn.motcua.digitisation.NewDocument;
import vn.motcua.signing.infra.DemoCertificateAuthority;

/** GET and POST /api/public/verify on the demo application, with its demo CA and simulated time-stamps. */
@DemoApp
class PublicVerificationIntegrationTest {

    private static final String AN_PHU = "Trung tâm phục vụ hành chính công xã An Phú";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    PdfSigner signer;

    @Autowired
    Documents documents;

    @Autowired
    SigningSettings settings;

    @Test
    void aStoredDocumentSignedByTheOfficeVerifiesByItsId() {
        byte[] signed = signer.sign(TestFiles.pdf(2), SigningIdentity.office("xa-an-phu"), "Cấp kết quả giải quyết thủ tục hành chính");
        UUID id = documents.digitise(new NewDocument("001203004005", "ket-qua.pdf", new ByteArrayInputStream(signed), "system",
                null, UUID.randomUUID())).id();

        ResponseEntity<JsonNode> answer = rest.getForEntity("/api/public/verify/" + id, JsonNode.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        JsonNode report = answer.getBody();
        assertThat(report.get("valid").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("problems")).isEmpty();
        JsonNode signature = report.get("signatures").get(0);
        assertThat(signature.get("signer").asText()).isEqualTo(AN_PHU);
        assertThat(signature.get("reason").asText()).isEqualTo("Cấp kết quả giải quyết thủ tục hành chính");
        assertThat(signature.get("signedAt").asText()).endsWith("+07:00");
        assertThat(signature.get("timeStamped").asBoolean()).isTrue();
    }

    @Test
    void anOfficerSignsAfterTheOfficeAndBothSignaturesHold() {
        byte[] office = signer.sign(TestFiles.pdf(1), SigningIdentity.office("xa-binh-hoa"), "Số hoá");
        byte[] both = signer.sign(office, SigningIdentity.officer("lanhdao.binhhoa"), "Phê duyệt");

        JsonNode report = upload("ban-sao.pdf", both).getBody();

        assertThat(report.get("valid").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("signatures").findValuesAsText("signer"))
                .containsExactly("Trung tâm phục vụ hành chính công xã Bình Hòa", "Lãnh Văn Đạo (xã Bình Hòa)");
    }

    @Test
    void anUnknownDocumentIsNotFound() {
        ResponseEntity<JsonNode> answer = rest.getForEntity("/api/public/verify/" + UUID.randomUUID(), JsonNode.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getHeaders().getContentType().toString()).contains("application/problem+json");
    }

    @Test
    void aMalformedDocumentIdIsABadRequestNamingIt() {
        ResponseEntity<JsonNode> answer = rest.getForEntity("/api/public/verify/not-a-uuid", JsonNode.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().get("errors").findValuesAsText("field")).containsExactly("documentId");
    }

    @Test
    void anUploadWithoutAFileIsABadRequestNamingTheField() {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("other", "x");
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        ResponseEntity<JsonNode> answer = rest.postForEntity("/api/public/verify", new HttpEntity<>(parts, headers), JsonNode.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().get("errors").findValuesAsText("field")).containsExactly("file");
    }

    @Test
    void anUploadThatIsNotAPdfCannotBeProcessed() {
        ResponseEntity<JsonNode> answer = upload("anh.png", TestFiles.png());

        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getBody().get("errors").findValuesAsText("field")).containsExactly("file");
    }

    @Test
    void anUnsignedPdfIsNotValidBecauseItIsNotSigned() {
        ResponseEntity<JsonNode> answer = upload("chua-ky.pdf", TestFiles.pdf(1));

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody().get("valid").asBoolean()).isFalse();
        assertThat(answer.getBody().get("problems").findValuesAsText("code")).containsExactly("NOT_SIGNED");
        assertThat(answer.getBody().get("problems").get(0).get("message").asText()).isEqualTo("Tài liệu không có chữ ký số.");
    }

    @Test
    void theDemoCaIssuedKeysForTheDemoOfficesAndLeadersAtStart() throws Exception {
        var keystore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(settings.demo().dir().resolve("demo-keystore.p12"))) {
            keystore.load(in, DemoCertificateAuthority.PASSWORD);
        }

        assertThat(Collections.list(keystore.aliases())).contains("demo-ca", "demo-tsa", "office-xa-an-phu", "office-xa-binh-hoa",
                "officer-lanhdao.anphu", "officer-lanhdao.binhhoa");
        var ca = (java.security.cert.X509Certificate) keystore.getCertificate("demo-ca");
        assertThat(Certificates.commonName(ca)).isEqualTo("Motcua DEMO CA — không dùng cho sản xuất");
        assertThat(Files.exists(settings.demo().dir().resolve("demo-ca.pem"))).isTrue();
        assertThat(Files.exists(settings.demo().dir().resolve("demo-ca.crl"))).isTrue();
    }

    private ResponseEntity<JsonNode> upload(String fileName, byte[] content) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.postForEntity("/api/public/verify", new HttpEntity<>(parts, headers), JsonNode.class);
    }
}
