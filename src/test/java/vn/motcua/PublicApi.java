package vn.motcua;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A citizen's client of the public dossier API: multipart submissions with files. */
public final class PublicApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String base;
    private final List<Part> files = new ArrayList<>();
    private String application;
    private String idempotencyKey;

    private PublicApi(int port) {
        this.base = "http://localhost:" + port;
    }

    public static PublicApi at(int port) {
        return new PublicApi(port);
    }

    public PublicApi application(String json) {
        this.application = json;
        return this;
    }

    public PublicApi file(String componentCode, String fileName, byte[] content) {
        files.add(new Part(componentCode, fileName, content));
        return this;
    }

    public PublicApi idempotencyKey(String key) {
        this.idempotencyKey = key;
        return this;
    }

    /** POST /api/public/dossiers as multipart/form-data; never throws for an error status. */
    public EngineRest.Response submit() {
        return post("/api/public/dossiers", null);
    }

    /** POST /api/public/dossiers/{code}/supplement with the files added so far. */
    public EngineRest.Response supplement(String code, String idNumber) {
        return post("/api/public/dossiers/" + code + "/supplement", idNumber);
    }

    /** POST to another multipart endpoint of the public API (such as /api/public/verify) with the files added so far. */
    public EngineRest.Response post(String path) {
        return post(path, null);
    }

    private EngineRest.Response post(String path, String idNumber) {
        String boundary = "motcua-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        if (idNumber != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"idNumber\"\r\n\r\n" + idNumber + "\r\n");
        }
        if (application != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"application\"\r\n"
                    + "Content-Type: application/json; charset=UTF-8\r\n\r\n" + application + "\r\n");
        }
        for (Part file : files) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.componentCode()
                    + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(file.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new EngineRest.Response(response.statusCode(), response.body(), response.headers().map());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An application for the sample procedure at Xã An Phú, with the given applicant's id and extra JSON members. */
    public static String application(String idNumber, String extra) {
        return """
                {"procedureCode":"9.000001.000.00.00.H56","officeId":"xa-an-phu",
                 "applicant":{"name":"Nguyễn Thị Hoà","idNumber":"%s","phone":"0912345678","address":"Thôn 2, xã An Phú"}%s}
                """.formatted(idNumber, extra == null ? "" : "," + extra);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private record Part(String componentCode, String fileName, byte[] content) {
    }
}
