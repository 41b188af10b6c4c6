package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.DemoApp;
import vn.motcua.PublicApi;
import vn.motcua.TestFiles;

/**
 * A name with a control or invisible character (NUL, U+202E right-to-left override, a zero-width space) is refused
 * where it enters, as file names are, naming the field: it would otherwise reach slips, results and reports.
 */
@DemoApp
class HiddenCharactersInNamesIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void refusesAnOnlineApplicationWhoseApplicantNameOrAddressHasAHiddenCharacter() {
        String application = """
                {"procedureCode":"9.000001.000.00.00.H56","officeId":"xa-an-phu",
                 "applicant":{"name":"Nguyễn Thị\u202E Hoà","idNumber":"001203004005","address":"Thôn 2\\u0000, xã An Phú"}}
                """;

        var refused = PublicApi.at(port).application(application).file("DON_DE_NGHI", "đơn.pdf", TestFiles.pdf(1)).submit();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("applicant.name", "applicant.address");
        assertThat(refused.json().get("errors").findValuesAsText("message")).containsExactly(
                "chứa ký tự điều khiển hoặc ký tự ẩn U+202E / contains the control or invisible character U+202E",
                "chứa ký tự điều khiển hoặc ký tự ẩn U+0000 / contains the control or invisible character U+0000");
    }
}
