package vn.motcua.fee;

import java.time.Instant;

/**
 * The online payment gateway (e.g. the national public service portal's payment platform). It answers
 * asynchronously: the citizen pays on the page at {@link PaymentRequest#paymentUrl()} and the gateway
 * posts a signed callback to {@code /api/payments/callback}, which {@link Payments#accept} checks.
 */
public interface PaymentGateway {

    /** Opens a request for this amount under our reference; the gateway refuses payment after expiresAt. */
    PaymentRequest open(String reference, long amountVnd, String description, Instant expiresAt);
}
