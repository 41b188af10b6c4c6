package vn.motcua;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser-like session of the Camunda webapps: cookies, CSRF token, form login. */
public final class WebappSession {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String base;
    private final String forwardedFor;

    private WebappSession(int port, String forwardedFor) {
        this.base = "http://localhost:" + port;
        this.forwardedFor = forwardedFor;
    }

    /** Opens the app's page (which hands out the CSRF cookie) and logs in as a user. */
    public static WebappSession login(int port, String app, String user, String password) {
        var session = open(port, app, null);
        var login = session.tryLogin(app, user, password);
        if (login.status() != 200) {
            throw new IllegalStateException("login of " + user + " to " + app + " gave " + login.status() + ": " + login.body());
        }
        return session;
    }

    /**
     * Opens the app's page, which hands out the CSRF cookie, as a browser at {@code forwardedFor} behind a trusted
     * proxy (null: the test's own address).
     */
    public static WebappSession open(int port, String app, String forwardedFor) {
        var session = new WebappSession(port, forwardedFor);
        session.get("/camunda/app/" + app + "/");
        return session;
    }

    /** Sends the login form; the answer as it comes (200, 401, 429 …). */
    public EngineRest.Response tryLogin(String app, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password))));
    }

    public EngineRest.Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
    }

    /** POST JSON as the webapp does, with its CSRF token. */
    public EngineRest.Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private EngineRest.Response send(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new EngineRest.Response(response.statusCode(), response.body(), response.headers().map());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
