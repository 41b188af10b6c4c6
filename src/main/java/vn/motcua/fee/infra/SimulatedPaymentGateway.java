package vn.motcua.fee.infra;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.fee.PaymentGateway;
import vn.motcua.fee.PaymentRequest;
import vn.motcua.fee.PaymentSignature;
import vn.motcua.shared.Time;

/**
 * A simulator of the payment gateway: no money moves. It hands out a payment page URL under
 * {@code /simulator/pay/{reference}} ({@link SimulatedPaymentPage}), and {@link #pay}/{@link #decline}
 * answer as the real gateway does, after a latency: a signed JSON callback POSTed to
 * {@code /api/payments/callback}. Like the real gateway it takes no payment after a request's expiry. The
 * requests it opened live in this node's memory only.
 */
public class SimulatedPaymentGateway implements PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(SimulatedPaymentGateway.class);

    /** A callback as the gateway would send it: the raw body and its X-Signature header. */
    public record SignedCallback(String body, String signature) {
    }

    /** A request as the simulated gateway holds it, for its payment page. */
    public record Opened(String reference, long amountVnd, String description, Instant expiresAt) {

        public boolean expired() {
            return !Time.now().isBefore(expiresAt);
        }
    }

    private final String publicBaseUrl;
    private final String secret;
    private final Duration latency;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Opened> opened = new ConcurrentHashMap<>();
    private final Map<String, String> answered = new ConcurrentHashMap<>();

    public SimulatedPaymentGateway(String publicBaseUrl, String secret, Duration latency, ObjectMapper json) {
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        this.secret = secret;
        this.latency = latency;
        this.json = json;
        log.info("SIMULATOR: the payment gateway is simulated; no money moves, callbacks go to {}/api/payments/callback", this.publicBaseUrl);
    }

    @Override
    public PaymentRequest open(String reference, long amountVnd, String description, Instant expiresAt) {
        opened.put(reference, new Opened(reference, amountVnd, description, expiresAt));
        log.info("SIMULATED payment gateway: request {} for {} VND ({}) open until {}", reference, amountVnd, description, expiresAt);
        return new PaymentRequest(reference, publicBaseUrl + "/simulator/pay/" + reference, expiresAt);
    }

    /** The request the gateway opened under this reference, if it did. */
    public Optional<Opened> opened(String reference) {
        return Optional.ofNullable(reference == null ? null : opened.get(reference));
    }

    /** The citizen pays: after the latency, the PAID callback is sent. */
    public CompletableFuture<Integer> pay(String reference) {
        return pay(reference, publicBaseUrl);
    }

    /** The citizen's bank refuses: after the latency, the DECLINED callback is sent. */
    public CompletableFuture<Integer> decline(String reference) {
        return decline(reference, publicBaseUrl);
    }

    /** {@link #pay(String)}, with the callback sent to the application at {@code baseUrl}. */
    public CompletableFuture<Integer> pay(String reference, String baseUrl) {
        return answer(reference, "PAID", baseUrl);
    }

    /** {@link #decline(String)}, with the callback sent to the application at {@code baseUrl}. */
    public CompletableFuture<Integer> decline(String reference, String baseUrl) {
        return answer(reference, "DECLINED", baseUrl);
    }

    /** PAID or DECLINED once the citizen answered on the payment page (or a test did), else empty. */
    public Optional<String> answerOf(String reference) {
        return Optional.ofNullable(answered.get(reference));
    }

    private CompletableFuture<Integer> answer(String reference, String status, String baseUrl) {
        SignedCallback callback = signedCallback(reference, status);
        answered.put(reference, status);
        return send(callback, baseUrl);
    }

    /** The callback the gateway would send for this outcome (a fresh transaction id and nonce), not sent. */
    public SignedCallback signedCallback(String reference, String status) {
        Opened request = opened.get(reference);
        if (request == null) {
            throw new IllegalArgumentException("the simulated gateway opened no request " + reference);
        }
        return signedCallback(reference, request.amountVnd(), status, "SIM-" + UUID.randomUUID(), UUID.randomUUID().toString());
    }

    /** Any callback, signed with the shared secret (tests use it for duplicates and wrong amounts). */
    public SignedCallback signedCallback(String reference, long amountVnd, String status, String transactionId, String nonce) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", reference);
        body.put("amount", amountVnd);
        body.put("status", status);
        body.put("transactionId", transactionId);
        body.put("paidAt", Time.now().toString());
        body.put("nonce", nonce);
        try {
            String raw = json.writeValueAsString(body);
            return new SignedCallback(raw, PaymentSignature.sign(secret, raw));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private CompletableFuture<Integer> send(SignedCallback callback, String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.replaceAll("/+$", "") + "/api/payments/callback"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-Signature", callback.signature())
                .POST(HttpRequest.BodyPublishers.ofString(callback.body()))
                .build();
        var delayed = CompletableFuture.delayedExecutor(latency.toMillis(), TimeUnit.MILLISECONDS);
        return CompletableFuture.supplyAsync(() -> null, delayed)
                .thenCompose(ignored -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .thenApply(response -> {
                    log.info("SIMULATED payment gateway: callback answered {} {}", response.statusCode(), response.body());
                    return response.statusCode();
                })
                .whenComplete((status, failure) -> {
                    if (failure != null) {
                        log.warn("SIMULATED payment gateway: callback could not be delivered: {}", failure.toString());
                    }
                });
    }
}
