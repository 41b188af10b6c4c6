package vn.motcua.fee;

import java.time.Instant;

/** A payment the gateway is ready to take: where the citizen pays, and until when. */
public record PaymentRequest(String reference, String paymentUrl, Instant expiresAt) {
}
