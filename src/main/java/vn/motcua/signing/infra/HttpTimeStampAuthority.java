package vn.motcua.signing.infra;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

import vn.motcua.shared.Unavailable;
import vn.motcua.signing.TimeStampAuthority;

/**
 * A time-stamping authority reached over HTTP as RFC 3161 section 3.4 describes: the request is POSTed as
 * {@code application/timestamp-query}, the reply comes back as {@code application/timestamp-reply}. Each request
 * carries a fresh nonce and asks for the authority's certificate; a reply that does not answer it (another digest or
 * nonce, a refusal, a broken token) is refused, as is one that takes longer than the timeout. Commercial authorities
 * often want HTTP Basic credentials: give a user name and password.
 */
public class HttpTimeStampAuthority implements TimeStampAuthority {

    private static final SecureRandom NONCES = new SecureRandom();

    private final URI url;
    private final Duration timeout;
    private final String authorization;
    private final HttpClient http;

    /**
     * @param username null when the authority needs no credentials
     */
    public HttpTimeStampAuthority(URI url, Duration timeout, String username, String password) {
        this.url = url;
        this.timeout = timeout;
        this.authorization = username == null || username.isBlank() ? null
                : "Basic " + Base64.getEncoder().encodeToString((username + ":" + (password == null ? "" : password))
                        .getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public byte[] timeStamp(byte[] sha256) {
        var generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256, new BigInteger(64, NONCES));
        TimeStampResponse response = parse(post(request));
        try {
            // the status, then the token against the request: digest, algorithm, nonce, certificate asked for
            response.validate(request);
        } catch (TSPException e) {
            throw new TimeStampRefused(url + " refused the time-stamp or answered another request: " + e.getMessage(), e);
        }
        if (response.getTimeStampToken() == null) {
            throw new TimeStampRefused(url + " granted no token: " + response.getStatusString());
        }
        try {
            return response.getTimeStampToken().getEncoded();
        } catch (IOException e) {
            throw new TimeStampRefused(url + " sent a token that cannot be encoded again", e);
        }
    }

    private TimeStampResponse parse(byte[] reply) {
        try {
            return new TimeStampResponse(reply);
        } catch (TSPException | IOException | IllegalArgumentException | ClassCastException e) {
            throw new TimeStampRefused(url + " answered something that is not an RFC 3161 reply", e);
        }
    }

    private byte[] post(TimeStampRequest request) {
        try {
            var builder = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/timestamp-query")
                    .header("Accept", "application/timestamp-reply")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()));
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new TimeStampRefused(url + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (HttpTimeoutException e) {
            throw new TimeStampRefused(url + " did not answer within " + timeout, e);
        } catch (IOException e) {
            throw new TimeStampRefused(url + " cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeStampRefused("interrupted while waiting for " + url, e);
        }
    }

    /** The authority could not be asked, or its answer was not a time-stamp of this request: nothing is signed. */
    public static class TimeStampRefused extends Unavailable {

        private static final String PUBLIC_MESSAGE = "Dịch vụ cấp dấu thời gian cho chữ ký số tạm thời không phản hồi; "
                + "vui lòng thử lại sau ít phút.";

        TimeStampRefused(String message) {
            super(PUBLIC_MESSAGE, message, null);
        }

        TimeStampRefused(String message, Throwable cause) {
            super(PUBLIC_MESSAGE, message, cause);
        }
    }
}
