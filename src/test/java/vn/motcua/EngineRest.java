package vn.motcua;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small client of the running application's HTTP APIs, as a given demo user. */
public final class EngineRest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;
    private final java.util.Map<String, String> headers;

    private EngineRest(String base, String authorization, java.util.Map<String, String> headers) {
        this.base = base;
        this.authorization = authorization;
        this.headers = headers;
    }

    private EngineRest(int port, String authorization) {
        this("http://localhost:" + port, authorization, java.util.Map.of());
    }

    /** The same client sending one more header with every request (e.g. X-Forwarded-For behind a trusted proxy). */
    public EngineRest withHeader(String name, String value) {
        var more = new java.util.HashMap<>(headers);
        more.put(name, value);
        return new EngineRest(base, authorization, java.util.Map.copyOf(more));
    }

    public static EngineRest as(int port, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new EngineRest(port, "Basic " + token);
    }

    public static EngineRest anonymous(int port) {
        return new EngineRest(port, null);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** GET as a browser does, accepting whatever comes (a PDF, an image). */
    public Response download(String path) {
        return send(request(path).setHeader("Accept", "*/*").GET());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        headers.forEach(builder::header);
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A status, body and headers; {@link #json()} parses the body. */
    public record Response(int status, String body, java.util.Map<String, java.util.List<String>> headers) {

        public Response(int status, String body) {
            this(status, body, java.util.Map.of());
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> h.getValue().get(0)).findFirst().orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }
}
