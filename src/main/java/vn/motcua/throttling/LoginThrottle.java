package vn.motcua.throttling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.throttling.TooManyRequests.Reason;

/**
 * Logins throttled by their failures: the webapps' login form ({@code POST <webapps>/api/admin/auth/user/<engine>/login/<app>})
 * and HTTP Basic on the engine REST API and the staff API ({@code /engine-rest/**}, {@code /api/**}). A login
 * answered 401 counts against the client address and against the account from that address; while either is
 * over its limit, every login attempt from there is answered 429 before the password is checked. The account
 * itself is never locked: its owner logs in from anywhere else.
 */
final class LoginThrottle extends OncePerRequestFilter {

    /** Longer than any user id (64 characters in the engine's table): a longer name is no one's, and costs no memory. */
    private static final int MAX_ACCOUNT = 100;

    private final TokenBuckets failuresPerAddress;
    private final TokenBuckets failuresPerAccountAndAddress;
    private final String webappLogin;

    /** @param webappsPath where the Camunda webapps live ({@code camunda.bpm.webapp.application-path}) */
    LoginThrottle(ThrottleSettings settings, ThrottleTime time, String webappsPath) {
        this.failuresPerAddress = new TokenBuckets(settings.loginFailuresPerAddress(), settings.trackedKeys(), time);
        this.failuresPerAccountAndAddress = new TokenBuckets(settings.loginFailuresPerAccountAndAddress(), settings.trackedKeys(), time);
        this.webappLogin = webappsPath + "/api/admin/auth/user/";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest received, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest request = isWebappLogin(received) ? LoginForm.read(received) : received;
        String account = account(request);
        if (account == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = ClientAddress.of(request);
        // the address is part of the key: a stranger elsewhere cannot use up the owner's logins
        String accountFromAddress = account.substring(0, Math.min(account.length(), MAX_ACCOUNT)).toLowerCase(Locale.ROOT) + "@" + address;
        Duration wait = failuresPerAddress.waitFor(address);
        if (!wait.isZero()) {
            TooManyRequests.send(request, response, Reason.LOGIN_FAILURES_FROM_ADDRESS, wait);
            return;
        }
        wait = failuresPerAccountAndAddress.waitFor(accountFromAddress);
        if (!wait.isZero()) {
            TooManyRequests.send(request, response, Reason.LOGIN_FAILURES_OF_ACCOUNT, wait);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            failuresPerAddress.count(address);
            failuresPerAccountAndAddress.count(accountFromAddress);
        }
    }

    private boolean isWebappLogin(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && path.startsWith(webappLogin) && path.substring(webappLogin.length()).contains("/login/");
    }

    /** The account a request logs in as, or null when it is no login. */
    private String account(HttpServletRequest request) {
        if (request instanceof LoginForm form) {
            return form.userName();
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/")
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? credentials : credentials.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }
}
