package vn.motcua.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.DemoApp;
import vn.motcua.QrCodes;
import vn.motcua.digitisation.Documents;
import vn.motcua.shared.InvalidRequest;

@DemoApp
class ReceiptsIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Receipts receipts;
    @Autowired
    Documents documents;

    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // each test its own year, so that numbers start at 1 whatever ran before in the shared context
    private static void at(String vietnamTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(vietnamTime).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    }

    private Receipt issue(String office, long vnd) {
        return receipts.issue(office, "000.00.21.H56-270105-0001", "Nguyễn Văn An", "001203004005",
                List.of(new FeeLine("Lệ phí chứng thực", vnd, null)), PaidBy.counter());
    }

    @Test
    void numbersStartAtOnePerOfficeAndYearAndCountUp() {
        at("2041-03-02T09:00");
        assertThat(List.of(issue("xa-an-phu", 2_000), issue("xa-an-phu", 2_000), issue("xa-an-phu", 2_000)))
                .extracting(Receipt::number).containsExactly(1, 2, 3);
        assertThat(issue("xa-binh-hoa", 10_000).number()).isEqualTo(1);
        assertThat(issue("xa-an-phu", 2_000).numberText()).isEqualTo("00000004");
        assertThat(issue("xa-binh-hoa", 10_000).year()).isEqualTo(2041);
    }

    @Test
    void aNewYearInVietnamRestartsAtOne() {
        at("2042-12-31T23:30");
        issue("xa-an-phu", 2_000);
        assertThat(issue("xa-an-phu", 2_000).number()).isEqualTo(2);
        // 00:30 on 1 January in Vietnam is still 31 December in UTC: the year is Vietnam's
        at("2043-01-01T00:30");
        Receipt first = issue("xa-an-phu", 2_000);
        assertThat(first.year()).isEqualTo(2043);
        assertThat(first.number()).isEqualTo(1);
    }

    @Test
    void aCancellationIsANewReceiptWithTheNextNumberAndLeavesTheOriginalUnchanged() {
        at("2044-05-06T10:00");
        Receipt original = issue("xa-an-phu", 20_000);
        Receipt cancellation = receipts.cancel(original.id(), "Thu nhầm số tiền");

        assertThat(cancellation.id()).isNotEqualTo(original.id());
        assertThat(cancellation.number()).isEqualTo(original.number() + 1);
        assertThat(cancellation.cancels()).isEqualTo(original.id());
        assertThat(cancellation.cancellationReason()).isEqualTo("Thu nhầm số tiền");
        assertThat(cancellation.amountVnd()).isEqualTo(20_000);
        assertThat(receipts.find(original.id())).contains(original);
        assertThat(receipts.find(cancellation.id())).contains(cancellation);
        assertThat(receipts.cancellationOf(original.id())).contains(cancellation);
    }

    @Test
    void refusesToCancelTwiceOrToCancelACancellation() {
        at("2045-05-06T10:00");
        Receipt original = issue("xa-an-phu", 20_000);
        Receipt cancellation = receipts.cancel(original.id(), "Thu nhầm");

        assertThatThrownBy(() -> receipts.cancel(original.id(), "Lần nữa")).isInstanceOf(ReceiptAlreadyCancelled.class);
        assertThatThrownBy(() -> receipts.cancel(cancellation.id(), "Hủy lệnh hủy")).isInstanceOf(ReceiptIsACancellation.class);
        // a refused cancellation takes no number
        assertThat(issue("xa-an-phu", 2_000).number()).isEqualTo(3);
    }

    @Test
    void refusesAZeroTotalBecauseAnExemptDossierGetsNoReceipt() {
        at("2046-05-06T10:00");
        assertThatThrownBy(() -> receipts.issue("xa-an-phu", "000.00.21.H56-460506-0001", "Trần Thị Bình", "001203004005",
                List.of(new FeeLine("Lệ phí đăng ký thường trú", 0, "TRE_EM")), PaidBy.counter())).isInstanceOf(InvalidRequest.class);
        assertThat(issue("xa-an-phu", 2_000).number()).isEqualTo(1);
    }

    @Test
    void issuesOneReceiptPerPaymentAndGivesItBackWhenAskedAgain() {
        at("2049-05-06T10:00");
        PaidBy payment = PaidBy.online("TTRECEIPTONCE49");
        List<FeeLine> lines = List.of(new FeeLine("Phí chứng thực", 12_000, null));
        Receipt first = receipts.issue("xa-an-phu", "000.00.21.H56-490506-0001", "Nguyễn Văn An", "001203004005", lines, payment);

        Receipt again = receipts.issue("xa-an-phu", "000.00.21.H56-490506-0001", "Nguyễn Văn An", "001203004005", lines, payment);

        assertThat(again).isEqualTo(first);
        assertThat(first.paymentChannel()).isEqualTo(PaymentChannel.ONLINE);
        assertThat(first.paymentReference()).isEqualTo("TTRECEIPTONCE49");
        assertThat(receipts.forPayment("TTRECEIPTONCE49")).contains(first);
        assertThat(issue("xa-an-phu", 2_000).number()).as("no number used up by the repeat").isEqualTo(2);
        assertThatThrownBy(() -> receipts.issue("xa-an-phu", "000.00.21.H56-490506-0002", "Trần Thị Bình", null, lines, payment))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("was acknowledged for dossier 000.00.21.H56-490506-0001");

        Receipt cancellation = receipts.cancel(first.id(), "Nộp nhầm");
        assertThat(cancellation.paymentChannel()).as("a cancellation keeps the channel").isEqualTo(PaymentChannel.ONLINE);
        assertThat(cancellation.paymentReference()).isNull();
        assertThat(receipts.ofDossier("000.00.21.H56-490506-0001")).containsExactly(first, cancellation);
    }

    @Test
    void printsNumberPayerAndTotalInFiguresAndWords() throws Exception {
        at("2047-05-06T10:00");
        Receipt receipt = receipts.issue("xa-an-phu", "000.00.21.H56-470506-0001", "Nguyễn Văn An", "001203004005",
                List.of(new FeeLine("Phí thẩm định", 1_000_000, null), new FeeLine("Lệ phí cấp giấy", 250_000, null)), PaidBy.online("TTRECEIPTPDF47"));

        String text = textOf(receipts.pdf(receipt.id()));

        assertThat(text).contains("00000001", "Nguyễn Văn An", "1.250.000 đồng", "đồng",
                "Một triệu hai trăm năm mươi nghìn đồng", "Ký hiệu", "/2047", "06 tháng 05 năm 2047");
        assertThat(text).as("the public PDF masks the payer's id number").contains("********4005").doesNotContain("001203004005");
        Receipt cancellation = receipts.cancel(receipt.id(), "Nộp nhầm hồ sơ");
        assertThat(textOf(receipts.pdf(cancellation.id()))).contains("00000002", "Hủy biên lai số: 00000001", "Nộp nhầm hồ sơ");
    }

    @Test
    void servesTheReceiptAsJsonAndPdfToAnyoneHoldingItsLink() throws Exception {
        at("2048-05-06T10:00");
        Receipt receipt = issue("xa-an-phu", 1_250_000);

        var json = get("/api/public/receipts/" + receipt.id());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(new String(json.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"number\":\"00000001\"", "\"amountVnd\":1250000", "Một triệu hai trăm năm mươi nghìn đồng")
                .doesNotContain("001203004005");
        var pdf = get("/api/public/receipts/" + receipt.id() + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(textOf(pdf.body())).contains("00000001");
        assertThat(get("/api/public/receipts/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(get("/api/public/receipts/" + UUID.randomUUID() + "/pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void signsAndKeepsTheReceiptWhoseQrCodeLeadsToItsVerification() throws Exception {
        Receipt receipt = receipts.issue("xa-an-phu", "000.00.21.H56-261122-0901", "Nguyễn Văn An", "001203004005",
                List.of(new FeeLine("Phí chứng thực", 24_000, null)), PaidBy.online("TTRECEIPTSIGNED"));

        byte[] pdf = get("/api/public/receipts/" + receipt.id() + "/pdf").body();

        assertThat(QrCodes.onFirstPage(pdf)).isEqualTo("http://localhost:8080/api/public/verify/" + receipt.id());
        var verified = JSON.readTree(get("/api/public/verify/" + receipt.id()).body());
        assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.at("/signatures/0/reason").asText()).isEqualTo("Biên lai thu phí, lệ phí");
        assertThat(get("/api/public/receipts/" + receipt.id() + "/pdf").body()).as("the kept bytes, not a new signature").isEqualTo(pdf);
        assertThat(documents.findForOwner(receipt.id(), "001203004005")).as("in the payer's store").isPresent();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String textOf(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
