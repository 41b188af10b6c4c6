package vn.motcua.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.DemoApp;

/**
 * A probe of every public and staff endpoint (found through Spring's handler mapping, so a new endpoint is probed
 * too) with malformed requests: broken multipart bodies, repeated JSON keys, invalid JSON, wrong content types,
 * absurdly long values, bad path variables. None may answer 5xx; every 4xx is a problem response; no body carries a
 * Java class name, a stack trace or SQL.
 */
@DemoApp
class MalformedRequestsIntegrationTest {

    /** What must never reach a client: class and package names, stack frames, SQL. */
    static final Pattern LEAK = Pattern.compile(
            "java\\.|jakarta\\.|org\\.springframework|org\\.camunda|org\\.apache|com\\.fasterxml|org\\.h2|Exception|\\tat |at vn\\.motcua"
                    + "|insert into|select |update mc_|delete from|\\bmc_[a-z_]+\\b",
            Pattern.CASE_INSENSITIVE);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "x".repeat(10_000);
    /** As long as a query parameter can be: Tomcat refuses a request line over 8 KB before the application sees it. */
    private static final String LONG_PARAMETER = "x".repeat(2_000);
    private static final String BOUNDARY = "probe-7d1c";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void noMalformedRequestToAnyPublicOrStaffEndpointGetsAServerErrorOrALeak() {
        List<String> faults = new ArrayList<>();
        int sent = 0;
        for (var endpoint : endpoints()) {
            for (String path : endpoint.paths()) {
                for (var probe : probes(endpoint, path)) {
                    sent++;
                    String fault = fault(probe.send(this));
                    if (fault != null) {
                        faults.add(probe.method() + " " + abbreviate(probe.path()) + " [" + probe.name() + "]: " + fault);
                    }
                }
            }
        }
        for (String path : List.of("/api/public/dossiers/" + "x".repeat(10_000), "/api/public/dossiers/a%00b",
                "/api/public/dossiers/a%2Fb/slip", "/api/procedures?code=" + LONG)) {
            sent++;
            String fault = fault(Probe.of("refused by Tomcat", "GET", path, Map.of(), null, null).send(this));
            if (fault != null) {
                faults.add("GET " + abbreviate(path) + ": " + fault);
            }
        }
        assertThat(sent).as("requests sent").isGreaterThan(500);
        assertThat(faults).as(faults.size() + " of " + sent + " requests answered badly").isEmpty();
    }

    @Test
    void everyMultipartEndpointAnswersABrokenBodyWithA400ProblemNamingTheBody() {
        var multipartEndpoints = endpoints().stream().filter(Endpoint::multipart).toList();
        String whole = part("idNumber", null, "001203004005") + part("file", "a.pdf", "%PDF-1.4") + "--" + BOUNDARY + "--\r\n";
        Map<String, Probe> broken = new LinkedHashMap<>();
        for (var endpoint : multipartEndpoints) {
            String path = endpoint.paths().get(0);
            String type = "multipart/form-data; boundary=" + BOUNDARY;
            broken.put(path + " truncated", Probe.of("truncated", "POST", path, Map.of(), type, whole.substring(0, 60).getBytes()));
            broken.put(path + " without boundary", Probe.of("without boundary", "POST", path, Map.of(), "multipart/form-data",
                    whole.getBytes()));
            broken.put(path + " part without headers", Probe.of("part without headers", "POST", path, Map.of(), type,
                    ("--" + BOUNDARY + "\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n").getBytes()));
        }

        assertThat(multipartEndpoints).extracting(Endpoint::pattern).contains("/api/public/dossiers", "/api/public/dossiers/{code}/supplement",
                "/api/public/verify", "/api/import/dossiers", "/api/dossiers/{code}/components/{componentCode}");
        broken.forEach((name, probe) -> {
            var answer = probe.send(this);
            assertThat(answer.status()).as(name + ": " + answer.body()).isEqualTo(400);
            assertThat(fault(answer)).as(name).isNull();
            if (!name.endsWith("part without headers")) {
                assertThat(fields(answer)).as(name).containsExactly("body");
            }
        });
    }

    @Test
    void aFilePartWithoutAFileNameIsRefusedNamingThePart() {
        String body = part("application", null, PublicApiJson.APPLICATION) + part("DON_DE_NGHI", null, "%PDF-1.4 scan") + "--" + BOUNDARY + "--\r\n";

        var answer = Probe.of("no filename", "POST", "/api/public/dossiers", Map.of(), "multipart/form-data; boundary=" + BOUNDARY,
                body.getBytes(StandardCharsets.UTF_8)).send(this);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(fields(answer)).containsExactly("DON_DE_NGHI");
        assertThat(fault(answer)).isNull();
    }

    @Test
    void aRepeatedJsonKeyIsA400ProblemNamingTheKey() {
        for (String path : List.of("/api/public/dossiers/000.00.21.H56-260302-0007/withdrawal",
                "/api/public/dossiers/000.00.21.H56-260302-0007/payments")) {
            var answer = Probe.of("repeated key", "POST", path, Map.of(), "application/json",
                    "{\"idNumber\":\"1\",\"idNumber\":\"2\",\"reason\":\"r\"}".getBytes()).send(this);

            assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(400);
            assertThat(fault(answer)).isNull();
            assertThat(fields(answer)).containsExactly("idNumber");
            assertThat(answer.body()).contains("lặp lại").contains("repeated");
        }
    }

    @Test
    void aRepeatedKeyInTheApplicationPartIsA400ProblemNamingTheKey() {
        String application = PublicApiJson.APPLICATION.replace("\"idNumber\":\"001203004005\"",
                "\"idNumber\":\"001203004005\",\"idNumber\":\"079203004005\"");
        String body = part("application", null, application) + part("DON_DE_NGHI", "don.pdf", "%PDF-1.4") + "--" + BOUNDARY + "--\r\n";

        var answer = Probe.of("repeated key", "POST", "/api/public/dossiers", Map.of(), "multipart/form-data; boundary=" + BOUNDARY,
                body.getBytes(StandardCharsets.UTF_8)).send(this);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(fields(answer)).containsExactly("application.applicant.idNumber");
        assertThat(fault(answer)).isNull();
    }

    @Test
    void malformedWronglyTypedAndTooDeepJsonAreA400ProblemWithoutJavaNames() {
        Map<String, String> applications = new LinkedHashMap<>();
        applications.put("application.applicant", "{\"procedureCode\":\"x\",\"applicant\":[1]}");
        applications.put("application.details.a", "{\"procedureCode\":\"x\",\"details\":{\"a\":{\"b\":1}}}");
        applications.forEach((field, application) -> {
            String body = part("application", null, application) + "--" + BOUNDARY + "--\r\n";
            var answer = Probe.of(field, "POST", "/api/public/dossiers", Map.of(), "multipart/form-data; boundary=" + BOUNDARY,
                    body.getBytes(StandardCharsets.UTF_8)).send(this);

            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(fault(answer)).as(field).isNull();
            assertThat(fields(answer)).as(answer.body()).containsExactly(field);
        });
        var deepBody = Probe.of("too deep", "POST", "/api/public/dossiers/000.00.21.H56-260302-0007/withdrawal", Map.of(),
                "application/json", ("{\"extra\":" + "[".repeat(500) + "]".repeat(500) + "}").getBytes()).send(this);
        assertThat(deepBody.status()).isEqualTo(400);
        assertThat(fault(deepBody)).isNull();
        assertThat(fields(deepBody)).containsExactly("body");
        assertThat(deepBody.body()).contains("quá sâu").contains("too deeply");
    }

    @Test
    void aCsvImportThatIsNotUtf8IsRefusedNamingTheFileAndTheLine() {
        byte[] utf8 = "code,office,procedure,field,channel,received,appointment,finished,status,fee,paidOnline\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "CU-1,000.00.21.H56,x,Ph\u00f2ng t\u01b0 ph\u00e1p,COUNTER,2024-03-05 09:15,2024-03-05,2024-03-05 15:20,FINISHED,0,false\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1258"));
        byte[] csv = new byte[utf8.length + latin1.length];
        System.arraycopy(utf8, 0, csv, 0, utf8.length);
        System.arraycopy(latin1, 0, csv, utf8.length, latin1.length);
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ho-so-cu.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + csv.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(csv, 0, body, head.length, csv.length);
        System.arraycopy(tail, 0, body, head.length + csv.length, tail.length);

        var multipart = Probe.of("Windows-1258", "POST", "/api/import/dossiers", Map.of(), "multipart/form-data; boundary=" + BOUNDARY, body)
                .send(this);
        var plain = Probe.of("Latin-1", "POST", "/api/import/dossiers", Map.of(), "text/csv", csv).send(this);

        for (var answer : List.of(multipart, plain)) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(fault(answer)).isNull();
            assertThat(fields(answer)).containsExactly("file");
            assertThat(answer.body()).contains("dòng 2").contains("line 2").contains("UTF-8");
        }
        assertThat(multipart.body()).contains("ho-so-cu.csv");
    }

    private static List<String> fields(Answer answer) {
        try {
            return JSON.readTree(answer.body()).path("errors").findValuesAsText("field");
        } catch (Exception e) {
            throw new IllegalStateException(answer.body(), e);
        }
    }

    /** A valid application for the sample procedure (component DON_DE_NGHI mandatory). */
    private static final class PublicApiJson {
        static final String APPLICATION = vn.motcua.PublicApi.application("001203004005", null).replace("\n", "");
    }

    /** What is wrong with an answer to a malformed request, or null when it is right. */
    static String fault(Answer answer) {
        if (answer.status() >= 500) {
            return answer.status() + " " + abbreviate(answer.body());
        }
        if (LEAK.matcher(answer.body()).find()) {
            return "leaks internals: " + abbreviate(answer.body());
        }
        if (answer.status() >= 400) {
            if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
                return answer.status() + " as " + answer.contentType() + ", not a problem: " + abbreviate(answer.body());
            }
            try {
                JsonNode problem = JSON.readTree(answer.body());
                if (problem.path("title").asText("").isBlank() || problem.path("detail").asText("").isBlank()) {
                    return "a problem without title or detail: " + abbreviate(answer.body());
                }
            } catch (Exception e) {
                return "a problem that is not JSON: " + abbreviate(answer.body());
            }
        }
        return null;
    }

    private record Endpoint(RequestMethod method, String pattern, List<String> params, boolean multipart) {

        List<String> paths() {
            if (!pattern.contains("{")) {
                return List.of(pattern);
            }
            List<String> paths = new ArrayList<>();
            for (String value : List.of("000.00.21.H56-260302-0007", "x".repeat(300), "%E2%80%AEabc", "null", "-1",
                    "ho%20so%3Cscript%3E", "00000000-0000-0000-0000-000000000000")) {
                paths.add(pattern.replaceAll("\\{[^}]+}", value));
            }
            return paths;
        }
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("vn.motcua")) {
                continue;
            }
            List<String> params = new ArrayList<>();
            for (var parameter : entry.getValue().getMethodParameters()) {
                var param = parameter.getParameterAnnotation(RequestParam.class);
                if (param != null) {
                    parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                    params.add(!param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value() : parameter.getParameterName());
                }
            }
            boolean multipart = entry.getKey().getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(type -> type.getType().equals("multipart"));
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                    endpoints.add(new Endpoint(method, pattern, params, multipart));
                }
            }
        }
        assertThat(endpoints).as("endpoints found").hasSizeGreaterThan(20);
        return endpoints;
    }

    private static List<Probe> probes(Endpoint endpoint, String path) {
        List<Probe> probes = new ArrayList<>();
        String method = endpoint.method().name();
        Map<String, String> query = new LinkedHashMap<>();
        endpoint.params().forEach(name -> query.put(name, "001203004005"));
        probes.add(Probe.of("valid-looking", method, path, query, null, null));
        for (String name : endpoint.params()) {
            for (String bad : List.of(LONG_PARAMETER, "\u202Eabc\u0000", "-1", "9".repeat(40), "2026-02-30", "")) {
                Map<String, String> variant = new LinkedHashMap<>(query);
                variant.put(name, bad);
                probes.add(Probe.of("param " + name + "=" + abbreviate(bad), method, path, variant, null, null));
            }
        }
        if (endpoint.method() != RequestMethod.POST) {
            probes.add(Probe.of("unexpected JSON body", method, path, query, "application/json", "{\"a\":".getBytes()));
            return probes;
        }
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("repeated key", "{\"idNumber\":\"001203004005\",\"idNumber\":\"079203004005\",\"reason\":\"r\"}".getBytes());
        bodies.put("invalid JSON", "{\"idNumber\":".getBytes());
        bodies.put("not an object", "[1,2,3]".getBytes());
        bodies.put("a string", "\"x\"".getBytes());
        bodies.put("wrong types", "{\"idNumber\":{\"a\":[1]},\"reason\":[true],\"rating\":42,\"comment\":{}}".getBytes());
        bodies.put("too deep", ("[".repeat(5_000) + "]".repeat(5_000)).getBytes());
        bodies.put("too long values", ("{\"idNumber\":\"" + LONG + "\",\"reason\":\"" + LONG + "\",\"rating\":\"" + LONG
                + "\",\"comment\":\"" + LONG + "\"}").getBytes());
        bodies.put("a long key", ("{\"" + LONG + "\":1}").getBytes());
        bodies.put("not UTF-8", "{\"idNumber\":\"0012\u00e9\",\"reason\":\"L\u00fd do\"}".getBytes(StandardCharsets.ISO_8859_1));
        bodies.put("empty", new byte[0]);
        bodies.forEach((name, body) -> probes.add(Probe.of(name, method, path, Map.of(), "application/json", body)));

        byte[] latin1 = "code,office\nHS-1,X\u00e3 An Ph\u00fa\n".getBytes(StandardCharsets.ISO_8859_1);
        probes.add(Probe.of("text/csv Latin-1", method, path, Map.of(), "text/csv", latin1));
        probes.add(Probe.of("text/plain", method, path, Map.of(), "text/plain", "hello".getBytes()));
        probes.add(Probe.of("XML", method, path, Map.of(), "application/xml", "<a>b</a>".getBytes()));
        probes.add(Probe.of("form", method, path, Map.of(), "application/x-www-form-urlencoded", "idNumber=1&idNumber=2".getBytes()));
        probes.add(Probe.of("octet-stream", method, path, Map.of(), "application/octet-stream", new byte[] {0, 1, 2}));
        probes.add(Probe.of("no content type", method, path, Map.of(), null, "{}".getBytes()));
        probes.add(Probe.of("unknown content type", method, path, Map.of(), "foo/bar;;=", "{}".getBytes()));

        String whole = part("idNumber", null, "001203004005") + part("application", null, "{\"procedureCode\":\"x\"}")
                + part("file", "a.pdf", "%PDF-1.4 broken") + "--" + BOUNDARY + "--\r\n";
        String multipart = "multipart/form-data; boundary=" + BOUNDARY;
        Map<String, String> multiparts = new LinkedHashMap<>();
        multiparts.put("truncated", whole.substring(0, whole.length() / 2));
        multiparts.put("no closing boundary", whole.substring(0, whole.lastIndexOf("--" + BOUNDARY + "--")));
        multiparts.put("wrong boundary", whole.replace(BOUNDARY, "other-boundary"));
        multiparts.put("empty", "");
        multiparts.put("only the closing boundary", "--" + BOUNDARY + "--\r\n");
        multiparts.put("garbage", "\u0000\u0001 not multipart at all");
        multiparts.put("part without name", "--" + BOUNDARY + "\r\nContent-Disposition: form-data\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n");
        multiparts.put("part without headers", "--" + BOUNDARY + "\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n");
        multiparts.put("file part without filename", part("idNumber", null, "001203004005") + part("file", null, "%PDF-1.4")
                + part("DON_DE_NGHI", null, "%PDF-1.4") + "--" + BOUNDARY + "--\r\n");
        multiparts.put("file with empty filename", part("file", "", "%PDF-1.4") + "--" + BOUNDARY + "--\r\n");
        multiparts.put("missing parts", part("other", null, "x") + "--" + BOUNDARY + "--\r\n");
        multiparts.put("repeated key in application", part("application", null,
                "{\"procedureCode\":\"9.000001.000.00.00.H56\",\"procedureCode\":\"x\"}") + "--" + BOUNDARY + "--\r\n");
        multiparts.put("invalid JSON in application", part("application", null, "{\"applicant\":") + "--" + BOUNDARY + "--\r\n");
        multiparts.put("wrong types in application", part("application", null, "{\"applicant\":[1],\"details\":7,\"reuse\":\"x\"}")
                + "--" + BOUNDARY + "--\r\n");
        multiparts.put("long part name", part(LONG, "a.pdf", "x") + "--" + BOUNDARY + "--\r\n");
        multiparts.forEach((name, body) -> probes.add(Probe.of("multipart " + name, method, path, Map.of(), multipart,
                body.getBytes(StandardCharsets.UTF_8))));
        probes.add(Probe.of("multipart without boundary", method, path, Map.of(), "multipart/form-data",
                whole.getBytes(StandardCharsets.UTF_8)));
        probes.add(Probe.of("multipart with empty boundary", method, path, Map.of(), "multipart/form-data; boundary=",
                whole.getBytes(StandardCharsets.UTF_8)));
        probes.add(Probe.of("multipart/mixed", method, path, Map.of(), "multipart/mixed; boundary=" + BOUNDARY,
                whole.getBytes(StandardCharsets.UTF_8)));
        return probes;
    }

    private static String part(String name, String fileName, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n\r\n" + content + "\r\n";
    }

    private static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }

    record Answer(int status, String contentType, String body) {
    }

    private record Probe(String name, String method, String path, String contentType, byte[] body) {

        static Probe of(String name, String method, String path, Map<String, String> query, String contentType, byte[] body) {
            StringBuilder uri = new StringBuilder(path);
            String separator = "?";
            for (var parameter : query.entrySet()) {
                uri.append(separator).append(parameter.getKey()).append('=')
                        .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
                separator = "&";
            }
            return new Probe(name, method, uri.toString(), contentType, body);
        }

        Answer send(MalformedRequestsIntegrationTest test) {
            // staff endpoints answer only to staff; the supervisor reaches every office's
            String basic = Base64.getEncoder().encodeToString("giamsat:demo".getBytes(StandardCharsets.UTF_8));
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + test.port + path))
                    .header("Accept", "application/json").header("Authorization", "Basic " + basic)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            try {
                var response = test.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
            } catch (Exception e) {
                throw new IllegalStateException(method + " " + path + ": " + e, e);
            }
        }
    }
}
