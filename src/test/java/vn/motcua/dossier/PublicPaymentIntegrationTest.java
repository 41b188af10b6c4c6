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

/** POST /api/public/dossiers/{code}/payments: the applicant pays the recorded fees online, once. */
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
        String code = aDossier();
        fees.record(code, List.of(new FeeLine("Lệ phí đăng ký", 50_000, null), new FeeLine("Phí sao y", 8_000, null)));

        var first = pay(code, HOA);
        var second = pay(code, HOA);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("amount").asLong()).isEqualTo(58_000);
        String reference = first.json().get("reference").asText();
        assertThat(first.json().get("paymentUrl").asText()).endsWith("/simulator/pay/" + reference);
        assertThat(first.json().get("expiresAt").asText()).isNotBlank();
        assertThat(second.json().get("reference").asText()).isEqualTo(reference);
        assertThat(payments.find(reference).orElseThrow().dossierCode()).isEqualTo(code);
    }

    @Test
    void refusesSomeoneElseAndADossierWithoutFees() {
        String code = aDossier();

        assertThat(pay(code, "079203004005").status()).isEqualTo(404);
        var nothingToPay = pay(code, HOA);
        assertThat(nothingToPay.status()).isEqualTo(409);
        assertThat(nothingToPay.json().get("detail").asText()).contains("no fee to pay");
        assertThat(EngineRest.anonymous(port).post("/api/public/dossiers/" + code + "/payments", "{}").status()).isEqualTo(400);
    }

    private String aDossier() {
        var response = PublicApi.at(port).application(PublicApi.application(HOA, null))
                .file("DON_DE_NGHI", "don.pdf", TestFiles.pdf(1)).submit();
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("code").asText();
    }

    private EngineRest.Response pay(String code, String idNumber) {
        return EngineRest.anonymous(port).post("/api/public/dossiers/" + code + "/payments", "{\"idNumber\":\"" + idNumber + "\"}");
    }
}
