package vn.motcua.throttling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.throttling.TooManyRequests.Reason;

/**
 * The API without login, throttled per client address; and the citizen's requests about one dossier
 * ({@code /api/public/dossiers/{code}...}, which a wrong code or id number answers 404) throttled by their failures,
 * per address and per dossier code from all addresses, so that nobody can guess a dossier's id number. A request
 * that is answered (or refused otherwise) costs no failure: the applicant is never slowed by their own lookups.
 */
final class PublicApiThrottle extends OncePerRequestFilter {

    static final String DOSSIERS = "/api/public/dossiers/";

    private final TokenBuckets requestsPerAddress;
    private final TokenBuckets lookupFailuresPerAddress;
    private final TokenBuckets lookupFailuresPerDossier;

    PublicApiThrottle(ThrottleSettings settings, ThrottleTime time) {
        this.requestsPerAddress = new TokenBuckets(settings.publicRequestsPerAddress(), settings.trackedKeys(), time);
        this.lookupFailuresPerAddress = new TokenBuckets(settings.lookupFailuresPerAddress(), settings.trackedKeys(), time);
        this.lookupFailuresPerDossier = new TokenBuckets(settings.lookupFailuresPerDossier(), settings.trackedKeys(), time);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = ClientAddress.of(request);
        Duration wait = requestsPerAddress.take(address);
        if (!wait.isZero()) {
            TooManyRequests.send(request, response, Reason.PUBLIC_REQUESTS, wait);
            return;
        }
        String dossier = dossierCode(request);
        if (dossier == null) {
            chain.doFilter(request, response);
            return;
        }
        wait = lookupFailuresPerAddress.waitFor(address);
        if (!wait.isZero()) {
            TooManyRequests.send(request, response, Reason.LOOKUP_FAILURES_FROM_ADDRESS, wait);
            return;
        }
        wait = lookupFailuresPerDossier.waitFor(dossier);
        if (!wait.isZero()) {
            TooManyRequests.send(request, response, Reason.LOOKUP_FAILURES_OF_DOSSIER, wait);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_NOT_FOUND) {
            lookupFailuresPerAddress.count(address);
            lookupFailuresPerDossier.count(dossier);
        }
    }

    /**
     * The dossier code of {@code /api/public/dossiers/{code}[/...]} as the controllers read it (percent-decoded,
     * without {@code ;parameters}), so that spelling it differently does not make it another dossier; null for
     * other paths.
     */
    static String dossierCode(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(DOSSIERS)) {
            return null;
        }
        String segment = path.substring(DOSSIERS.length());
        int slash = segment.indexOf('/');
        segment = slash < 0 ? segment : segment.substring(0, slash);
        int parameters = segment.indexOf(';');
        segment = parameters < 0 ? segment : segment.substring(0, parameters);
        if (segment.isEmpty()) {
            return null;
        }
        try {
            return UriUtils.decode(segment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return segment;
        }
    }
}
