package vn.motcua.fee.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.fee.CallbackOutcome;
import vn.motcua.fee.Payments;

/**
 * Where the payment gateway reports a payment. The body is taken raw, because the signature covers its
 * exact bytes. 200 tells the gateway the callback is delivered (PAID, DECLINED, DUPLICATE: its transaction, or this
 * very callback, was recorded before, also when its copies arrive at once); 400 that it is forged or unreadable
 * (BAD_SIGNATURE, MALFORMED); 409 that it clashes with what we know (UNKNOWN_REFERENCE, WRONG_AMOUNT, REPLAY,
 * EXPIRED, ALREADY_SETTLED).
 */
@RestController
@Tag(name = "Thanh toán / Payments")
class PaymentCallbackController {

    private final Payments payments;

    PaymentCallbackController(Payments payments) {
        this.payments = payments;
    }

    record Answer(CallbackOutcome outcome) {
    }

    @Operation(summary = "The payment gateway's callback",
            description = "JSON {reference, amount, status (PAID|DECLINED), transactionId, paidAt, nonce}, signed in the header"
                    + " X-Signature: hex(HMAC-SHA256(secret, raw body)). 200 {outcome} for PAID, DECLINED, DUPLICATE (the transaction or"
                    + " this very callback recorded before); 400 problem"
                    + " for BAD_SIGNATURE, MALFORMED; 409 problem for UNKNOWN_REFERENCE, WRONG_AMOUNT, REPLAY, EXPIRED, ALREADY_SETTLED.")
    @PostMapping("/api/payments/callback")
    ResponseEntity<?> callback(@RequestBody(required = false) String body,
            @RequestHeader(name = "X-Signature", required = false) String signature) {
        CallbackOutcome outcome = payments.accept(body == null ? "" : body, signature);
        if (outcome.accepted()) {
            return ResponseEntity.ok(new Answer(outcome));
        }
        HttpStatus status = outcome == CallbackOutcome.BAD_SIGNATURE || outcome == CallbackOutcome.MALFORMED
                ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "payment callback refused: " + outcome);
        problem.setProperty("outcome", outcome);
        return ResponseEntity.status(status).body(problem);
    }
}
