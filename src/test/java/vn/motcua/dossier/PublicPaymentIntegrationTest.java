package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.DemoApp;
import vn.motcua.EngineRest;
import vn.motcua.PublicApi;
import vn.motcua.TestFiles;
import vn.motcua.fee.FeeLine;
import vn.motcua.fee.Fees;
import vn.motcua.fee.Payments;

/**
 * POST /api/public/dossiers/{code}/payments: the applicant pays the recorded fees online, once, while the
 * dossier awaits them (the fee-collection step's own tests walk the whole step).
 */
@DemoApp
class PublicPaymentIntegrationTest {

    private static final String HOA = "001203004005";

    @LocalServerPort
    int port;

    @Autowired
    Fees fees;

    @Autowired
    Payments payments;

    @Test
    void opensOnePaymentRequestForTheRecordedFees() {
        String code = aDossierAwaitingItsFee();

        var first = pay(code, HOA);
        var second = pay(code, HOA);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("amount").asLong()).isEqualTo(10_000);
        String reference = first.json().get("reference").asText();
        assertThat(first.json().get("paymentUrl").asText()).endsWith("/simulator/pay/" + reference);
        assertThat(first.json().get("expiresAt").asText()).isNotBlank();
        assertThat(second.json().get("reference").asText()).isEqualTo(reference);
        assertThat(payments.find(reference).orElseThrow().dossierCode()).isEqualTo(code);
        var lookup = EngineRest.anonymous(port).get("/api/public/dossiers/" + code + "?idNumber=" + HOA).json();
        assertThat(lookup.at("/fee/paymentsUrl").asText()).isEqualTo("/api/public/dossiers/" + code + "/payments");
        assertThat(lookup.at("/fee/lines/0/amount").asLong()).isEqualTo(10_000);
    }

    @Test
    void refusesSomeoneElseADossierWithoutFeesAndOneNotAwaitingItsFee() {
        String free = aFreeDossier();

        assertThat(pay(free, "079203004005").status()).isEqualTo(404);
        var nothingToPay = pay(free, HOA);
        assertThat(nothingToPay.status()).isEqualTo(409);
        assertThat(nothingToPay.json().get("detail").asText()).contains("no fee to pay");
        assertThat(EngineRest.anonymous(port).post("/api/public/dossiers/" + free + "/payments", "{}").status()).isEqualTo(400);

        fees.record(free, List.of(new FeeLine("Lệ phí đăng ký", 50_000, null)));
        var notAwaiting = pay(free, HOA);
        assertThat(notAwaiting.status()).isEqualTo(409);
        assertThat(notAwaiting.json().get("detail").asText()).contains("is not awaiting its fee (status RECEIVED)");
    }

    private String aFreeDossier() {
        var response = PublicApi.at(port).application(PublicApi.application(HOA, null))
                .file("DON_DE_NGHI", "don.pdf", TestFiles.pdf(1)).submit();
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("code").asText();
    }

    /** A signature certification (a test-only procedure, 10,000 VND per signature): it waits for its fee at once. */
    private String aDossierAwaitingItsFee() {
        var response = PublicApi.at(port).application("""
                {"procedureCode":"9.000092.000.00.00.H56","officeId":"xa-an-phu",
                 "applicant":{"name":"Nguyễn Thị Hoà","idNumber":"%s"},"details":{"feeCases":"1"}}""".formatted(HOA))
                .file("GIAY_TO_CAN_CHUNG_THUC", "giay-to.pdf", TestFiles.pdf(1)).submit();
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("status").asText()).isEqualTo("AWAITING_FEE");
        return response.json().get("code").asText();
    }

    private EngineRest.Response pay(String code, String idNumber) {
        return EngineRest.anonymous(port).post("/api/public/dossiers/" + code + "/payments", "{\"idNumber\":\"" + idNumber + "\"}");
    }
}
