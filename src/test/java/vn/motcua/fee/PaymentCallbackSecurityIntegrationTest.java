package vn.motcua.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.motcua.DemoApp;
import vn.motcua.fee.infra.SimulatedPaymentGateway;
import vn.motcua.fee.infra.SimulatedPaymentGateway.SignedCallback;

@DemoApp
@RecordApplicationEvents
class PaymentCallbackSecurityIntegrationTest {

    private static final Instant NOON = Instant.parse("2031-03-03T05:00:00Z");

    @Autowired
    Payments payments;
    @Autowired
    SimulatedPaymentGateway gateway;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void setTheClock() {
        ClockUtil.setCurrentTime(Date.from(NOON));
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void refusesAForgedSignatureAndChangesNothing() {
        var request = aPayment(150_000);
        var genuine = gateway.signedCallback(request.reference(), "PAID");

        assertThat(payments.accept(genuine.body(), "00" + genuine.signature().substring(2))).isEqualTo(CallbackOutcome.BAD_SIGNATURE);
        assertThat(payments.accept(genuine.body().replace("150000", "150001"), genuine.signature())).isEqualTo(CallbackOutcome.BAD_SIGNATURE);
        assertThat(payments.accept(genuine.body(), null)).isEqualTo(CallbackOutcome.BAD_SIGNATURE);
        assertThat(payments.accept(genuine.body(), "not hex")).isEqualTo(CallbackOutcome.BAD_SIGNATURE);

        assertStillPending(request);
        assertThat(callbacksLoggedFor(request.reference(), null)).isZero();
        assertThat(jdbc.sql("select count(*) from mc_payment_callback where outcome = 'BAD_SIGNATURE' and nonce is null")
                .query(Long.class).single()).isGreaterThanOrEqualTo(4);
        // a forged callback does not burn the genuine nonce
        assertThat(payments.accept(genuine.body(), genuine.signature())).isEqualTo(CallbackOutcome.PAID);
    }

    @Test
    void refusesAnUnknownReferenceAndAWrongAmountAndChangesNothing() {
        var request = aPayment(150_000);

        var unknown = gateway.signedCallback("TTNOSUCHREFERENCE", 150_000, "PAID", "T-" + UUID.randomUUID(), UUID.randomUUID().toString());
        assertThat(payments.accept(unknown.body(), unknown.signature())).isEqualTo(CallbackOutcome.UNKNOWN_REFERENCE);

        var tooLittle = gateway.signedCallback(request.reference(), 1_000, "PAID", "T-" + UUID.randomUUID(), UUID.randomUUID().toString());
        assertThat(payments.accept(tooLittle.body(), tooLittle.signature())).isEqualTo(CallbackOutcome.WRONG_AMOUNT);

        assertStillPending(request);
        assertThat(callbacksLoggedFor(request.reference(), "WRONG_AMOUNT")).isEqualTo(1);
        assertThat(events.stream(PaymentReceived.class)).isEmpty();
    }

    @Test
    void refusesAReplayedNonceEvenWithAnotherTransaction() {
        var request = aPayment(80_000);
        String nonce = UUID.randomUUID().toString();
        var declined = gateway.signedCallback(request.reference(), 80_000, "DECLINED", "T-1-" + nonce, nonce);
        var replay = gateway.signedCallback(request.reference(), 80_000, "PAID", "T-2-" + nonce, nonce);

        assertThat(payments.accept(declined.body(), declined.signature())).isEqualTo(CallbackOutcome.DECLINED);
        assertThat(payments.accept(replay.body(), replay.signature())).isEqualTo(CallbackOutcome.REPLAY);

        assertThat(payments.find(request.reference()).orElseThrow().status()).isEqualTo("DECLINED");
        assertThat(events.stream(PaymentDeclined.class)).hasSize(1);
        assertThat(events.stream(PaymentReceived.class)).isEmpty();
    }

    @Test
    void marksAValidCallbackPaidAndPublishesPaymentReceivedOnce() {
        String dossier = aDossierCode();
        var request = payments.request(dossier, 150_000, "Lệ phí");
        String transaction = "T-" + UUID.randomUUID();
        var first = gateway.signedCallback(request.reference(), 150_000, "PAID", transaction, UUID.randomUUID().toString());
        var again = gateway.signedCallback(request.reference(), 150_000, "PAID", transaction, UUID.randomUUID().toString());

        assertThat(payments.accept(first.body(), first.signature())).isEqualTo(CallbackOutcome.PAID);
        assertThat(payments.accept(again.body(), again.signature())).isEqualTo(CallbackOutcome.DUPLICATE);

        var payment = payments.find(request.reference()).orElseThrow();
        assertThat(payment.status()).isEqualTo("PAID");
        assertThat(payment.transactionId()).isEqualTo(transaction);
        assertThat(payment.paidAt()).isNotNull();
        assertThat(events.stream(PaymentReceived.class))
                .containsExactly(new PaymentReceived(dossier, request.reference(), 150_000, transaction));

        var other = gateway.signedCallback(request.reference(), 150_000, "PAID", "T-" + UUID.randomUUID(), UUID.randomUUID().toString());
        assertThat(payments.accept(other.body(), other.signature())).isEqualTo(CallbackOutcome.ALREADY_SETTLED);
        assertThat(events.stream(PaymentReceived.class)).hasSize(1);
    }

    @Test
    void returnsThePendingRequestWhenADossierAsksTwice() {
        String dossier = aDossierCode();
        var first = payments.request(dossier, 50_000, "Lệ phí");
        var second = payments.request(dossier, 50_000, "Lệ phí");

        assertThat(second).isEqualTo(first);
        assertThat(first.paymentUrl()).endsWith("/simulator/pay/" + first.reference());
        assertThat(first.expiresAt()).isEqualTo(NOON.plus(Duration.ofMinutes(30)));
    }

    @Test
    void refusesALateCallbackForAnExpiredRequest() {
        var request = aPayment(150_000);
        ClockUtil.setCurrentTime(Date.from(NOON.plus(Duration.ofMinutes(31))));
        var late = gateway.signedCallback(request.reference(), "PAID");

        assertThat(payments.accept(late.body(), late.signature())).isEqualTo(CallbackOutcome.EXPIRED);

        assertStillPending(request);
        assertThat(payments.expireOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(payments.find(request.reference()).orElseThrow().status()).isEqualTo("EXPIRED");
        assertThat(events.stream(PaymentExpired.class)).anyMatch(e -> e.reference().equals(request.reference()));

        var later = gateway.signedCallback(request.reference(), "PAID");
        assertThat(payments.accept(later.body(), later.signature())).isEqualTo(CallbackOutcome.EXPIRED);
        assertThat(events.stream(PaymentReceived.class)).isEmpty();
    }

    @Test
    void expiresOnlyRequestsWhoseTimeIsUp() {
        var request = aPayment(150_000);
        ClockUtil.setCurrentTime(Date.from(NOON.plus(Duration.ofMinutes(29))));
        payments.expireOverdue();
        assertStillPending(request);

        ClockUtil.setCurrentTime(Date.from(NOON.plus(Duration.ofMinutes(30))));
        payments.expireOverdue();
        assertThat(payments.find(request.reference()).orElseThrow().status()).isEqualTo("EXPIRED");
        assertThat(payments.expireOverdue()).isZero();
    }

    @Test
    void remindsAnUnpaidRequestOnceAfterFifteenMinutes() {
        String dossier = aDossierCode();
        payments.request(dossier, 150_000, "Lệ phí");

        ClockUtil.setCurrentTime(Date.from(NOON.plus(Duration.ofMinutes(14))));
        assertThat(payments.remindersDue()).doesNotContain(dossier);

        ClockUtil.setCurrentTime(Date.from(NOON.plus(Duration.ofMinutes(15))));
        assertThat(payments.remindersDue()).contains(dossier);
        assertThat(payments.remindersDue()).doesNotContain(dossier);
        assertThat(events.stream(PaymentReminderDue.class).filter(e -> e.dossierCode().equals(dossier))).hasSize(1);
    }

    @Test
    void acceptsTheSimulatorsSignedCallbackThroughHttp() {
        var request = aPayment(120_000);
        SignedCallback callback = gateway.signedCallback(request.reference(), "PAID");

        var response = http.postForEntity("/api/payments/callback", signed(callback.body(), callback.signature()), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"outcome\":\"PAID\"");
        assertThat(payments.find(request.reference()).orElseThrow().status()).isEqualTo("PAID");
    }

    @Test
    void answersRefusedCallbacksOverHttpWithProblems() {
        var request = aPayment(120_000);
        String nonce = UUID.randomUUID().toString();
        SignedCallback callback = gateway.signedCallback(request.reference(), 120_000, "PAID", "T-1-" + nonce, nonce);

        var forged = http.postForEntity("/api/payments/callback", signed(callback.body(), "ab".repeat(32)), String.class);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(forged.getBody()).contains("BAD_SIGNATURE");

        assertThat(http.postForEntity("/api/payments/callback", signed(callback.body(), callback.signature()), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        var nonceAgain = gateway.signedCallback(request.reference(), 120_000, "PAID", "T-2-" + nonce, nonce);
        var replayed = http.postForEntity("/api/payments/callback", signed(nonceAgain.body(), nonceAgain.signature()), String.class);
        assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(replayed.getBody()).contains("REPLAY");
    }

    @Test
    void answersTheSameCallbackDeliveredAgainAsAlreadyRecorded() {
        var request = aPayment(120_000);
        SignedCallback callback = gateway.signedCallback(request.reference(), "PAID");

        assertThat(http.postForEntity("/api/payments/callback", signed(callback.body(), callback.signature()), String.class)
                .getBody()).contains("\"outcome\":\"PAID\"");
        var again = http.postForEntity("/api/payments/callback", signed(callback.body(), callback.signature()), String.class);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).contains("\"outcome\":\"DUPLICATE\"");
        assertThat(callbacksLoggedFor(request.reference(), "PAID")).isEqualTo(1);
        assertThat(callbacksLoggedFor(request.reference(), "DUPLICATE")).isEqualTo(1);
        assertThat(payments.find(request.reference()).orElseThrow().status()).isEqualTo("PAID");
    }

    private PaymentRequest aPayment(long amount) {
        return payments.request(aDossierCode(), amount, "Lệ phí đăng ký");
    }

    private static String aDossierCode() {
        return "TEST-PAY-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void assertStillPending(PaymentRequest request) {
        var payment = payments.find(request.reference()).orElseThrow();
        assertThat(payment.status()).isEqualTo("PENDING");
        assertThat(payment.transactionId()).isNull();
        assertThat(payment.paidAt()).isNull();
    }

    private long callbacksLoggedFor(String reference, String outcome) {
        return jdbc.sql("select count(*) from mc_payment_callback where reference = ?" + (outcome == null ? "" : " and outcome = '" + outcome + "'"))
                .param(reference).query(Long.class).single();
    }

    private static HttpEntity<String> signed(String body, String signature) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Signature", signature);
        return new HttpEntity<>(body, headers);
    }
}
