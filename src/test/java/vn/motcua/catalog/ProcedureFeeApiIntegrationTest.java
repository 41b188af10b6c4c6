package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.DemoApp;
import vn.motcua.EngineRest;

/** GET /api/procedures/{code}/fee previews a dossier's fees. */
@DemoApp
class ProcedureFeeApiIntegrationTest {

    private static final String HELLO = "9.000001.000.00.00.H56";
    private static final String BIRTH = "1.012656.000.00.00.H56";

    @LocalServerPort
    int port;

    @Test
    void previewsAFreeProcedureAsNothingToPayWithoutLogin() {
        var response = EngineRest.anonymous(port).get("/api/procedures/" + HELLO + "/fee?channel=ONLINE&pages=5&copies=2&cases=1&exemption=TRE_EM&exemption=HO_NGHEO");

        assertThat(response.status()).isEqualTo(200);
        var preview = response.json();
        assertThat(preview.get("procedure").asText()).isEqualTo(HELLO);
        assertThat(preview.get("channel").asText()).isEqualTo("ONLINE");
        assertThat(preview.get("lines")).isEmpty();
        assertThat(preview.get("total").asLong()).isZero();
        assertThat(preview.get("totalInWords").asText()).isEqualTo("Không đồng");
    }

    @Test
    void previewsTheBirthGroupWhoseChildIsExemptFromTheResidenceFee() {
        var counter = EngineRest.anonymous(port).get("/api/procedures/" + BIRTH + "/fee?channel=COUNTER").json();
        assertThat(counter.get("lines").findValuesAsText("code")).containsExactly("LE_PHI_KHAI_SINH", "LE_PHI_THUONG_TRU");
        assertThat(counter.get("total").asLong()).isEqualTo(20_000);

        var child = EngineRest.anonymous(port).get("/api/procedures/" + BIRTH + "/fee?channel=ONLINE&exemption=TRE_EM&exemption=DANG_KY_DUNG_HAN").json();
        assertThat(child.get("total").asLong()).isZero();
        assertThat(child.get("totalInWords").asText()).isEqualTo("Không đồng");
        assertThat(child.at("/lines/1/exemptionLabel").asText()).isEqualTo("Trẻ em");
    }

    @Test
    void answersAnUnknownProcedureWithANotFoundProblem() {
        var response = EngineRest.anonymous(port).get("/api/procedures/1.2.3/fee?channel=ONLINE");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asText()).isEqualTo("no procedure with code '1.2.3'");
    }

    @Test
    void namesEveryBadParameterInOneProblem() {
        var response = EngineRest.anonymous(port)
                .get("/api/procedures/" + HELLO + "/fee?channel=BY_PIGEON&pages=0&copies=two&cases=-1&exemption=TRE_EM&exemption=ONG_GIA");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field"))
                .containsExactly("channel", "pages", "copies", "cases", "exemption");
        assertThat(response.json().get("detail").asText()).contains("'BY_PIGEON' is not one of ONLINE, COUNTER, POSTAL")
                .contains("'ONG_GIA' is not one of");
    }

    @Test
    void requiresTheChannel() {
        var response = EngineRest.anonymous(port).get("/api/procedures/" + HELLO + "/fee");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("channel");
    }

    @Test
    void showsAFreeProcedureFeeInTheCatalogue() {
        var one = EngineRest.anonymous(port).get("/api/procedures/" + HELLO).json();

        assertThat(one.get("fee").asText()).isEqualTo("FREE");
    }

    @Test
    void showsTheFeeLinesAndHowTheyAreCollected() {
        var birth = EngineRest.anonymous(port).get("/api/procedures/" + BIRTH).json();
        assertThat(birth.at("/fee/lines/1/fixed/counter").asLong()).isEqualTo(20_000);
        assertThat(birth.at("/fee/lines/1/exemptions/0").asText()).isEqualTo("TRE_EM");
        assertThat(birth.at("/fee/collection/pauseClock").asBoolean()).as("the default").isTrue();
        assertThat(birth.at("/fee/collection/paymentDeadline").asText()).as("the default").isEqualTo("WD:5");

        var signature = EngineRest.anonymous(port).get("/api/procedures/9.000092.000.00.00.H56").json();
        assertThat(signature.at("/fee/collection/pauseClock").asBoolean()).isFalse();
        assertThat(signature.at("/fee/collection/paymentDeadline").asText()).isEqualTo("WD:1");
    }
}
