package vn.motcua.fee;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.shared.Time;

/**
 * Online payment of a dossier's fees: opens requests at the {@link PaymentGateway} and accepts its signed
 * callbacks. A callback changes a payment only when it is authentic, first seen, for a known and pending
 * request and for the requested amount; every callback is logged, and every refusal is logged at WARN.
 */
@Service
@Transactional
public class Payments {

    private static final Logger log = LoggerFactory.getLogger(Payments.class);
    /** How often a callback that lost a race is applied again; it waits its turn each time, so a few suffice. */
    private static final int CALLBACK_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final PaymentGateway gateway;
    private final PaymentSettings settings;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final TransactionTemplate separately;
    private final TransactionTemplate alone;

    Payments(JdbcClient jdbc, PaymentGateway gateway, PaymentSettings settings, ApplicationEventPublisher events, ObjectMapper json,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.gateway = gateway;
        this.settings = settings;
        this.events = events;
        this.json = json;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.alone = new TransactionTemplate(transactions);
    }

    /** A payment as this service keeps it. */
    public record Payment(String reference, String dossierCode, long amountVnd, String status, Instant createdAt, Instant expiresAt,
            Instant paidAt, String transactionId, boolean reminded) {
    }

    /**
     * Opens a payment request for the dossier, or returns its pending one (same reference, URL and
     * expiry) so that a citizen who clicks twice pays once. A dossier has at most one pending request, even
     * when two requests arrive at the same moment: the database refuses the second, which then returns the first.
     */
    public PaymentRequest request(String dossierCode, long amountVnd, String description) {
        if (amountVnd <= 0) {
            throw new IllegalArgumentException("a payment is for a positive amount, not " + amountVnd);
        }
        for (int attempt = 1; attempt <= 3; attempt++) {
            Optional<Payment> pending = pendingOf(dossierCode);
            if (pending.isPresent() && Time.now().isBefore(pending.get().expiresAt())) {
                Payment p = pending.get();
                return gateway.open(p.reference(), p.amountVnd(), description, p.expiresAt());
            }
            Instant now = Time.now();
            String reference = "TT" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
            Instant expiresAt = now.plus(settings.requestTtl());
            if (insertPending(pending.orElse(null), reference, dossierCode, amountVnd, now, expiresAt)) {
                return gateway.open(reference, amountVnd, description, expiresAt);
            }
            // another request for this dossier was opened at the same moment: return that one
        }
        throw new IllegalStateException("could not open a payment request for dossier " + dossierCode + " in 3 attempts");
    }

    /**
     * The new pending request, in a transaction of its own: when it collides with another request for the
     * same dossier, only this insert is undone, not the caller's transaction (PostgreSQL would abort it). A
     * stale request (its time is up, the sweep has not reached it) is closed first, without telling the
     * citizen, who is opening a new one right now.
     */
    private boolean insertPending(Payment stale, String reference, String dossierCode, long amountVnd, Instant now, Instant expiresAt) {
        try {
            separately.executeWithoutResult(status -> {
                if (stale != null) {
                    jdbc.sql("update mc_payment set status = 'EXPIRED', pending_dossier_code = null where reference = ? and status = 'PENDING'")
                            .param(stale.reference()).update();
                }
                jdbc.sql("""
                        insert into mc_payment (reference, dossier_code, amount_vnd, status, created_at, expires_at, pending_dossier_code)
                        values (?, ?, ?, 'PENDING', ?, ?, ?)""")
                        .params(reference, dossierCode, amountVnd, utc(now), utc(expiresAt), dossierCode).update();
            });
            return true;
        } catch (DuplicateKeyException openedByAnother) {
            return false;
        }
    }

    /**
     * The dossier takes no online payment any more (it was paid at the counter, or its time to pay is up):
     * its pending request is closed as EXPIRED, so a callback that still comes is refused and the gateway
     * gives the money back. Publishes no {@link PaymentExpired}: nobody is to be told to pay again.
     *
     * @return how many requests were closed (0 or 1)
     */
    public int closePending(String dossierCode) {
        return jdbc.sql("update mc_payment set status = 'EXPIRED', pending_dossier_code = null where dossier_code = ? and status = 'PENDING'")
                .param(dossierCode).update();
    }

    /** The dossier's request that was paid, if any. */
    @Transactional(readOnly = true)
    public Optional<Payment> paidOf(String dossierCode) {
        return jdbc.sql("select * from mc_payment where dossier_code = ? and status = 'PAID' order by paid_at desc")
                .param(dossierCode).query(this::row).list().stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<Payment> find(String reference) {
        return jdbc.sql("select * from mc_payment where reference = ?").param(reference).query(this::row).optional();
    }

    /** Whether a payment of the dossier's fees was received online. */
    @Transactional(readOnly = true)
    public boolean paidOnline(String dossierCode) {
        return jdbc.sql("select count(*) from mc_payment where dossier_code = ? and status = 'PAID'").param(dossierCode)
                .query(Long.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public Optional<Payment> pendingOf(String dossierCode) {
        return jdbc.sql("select * from mc_payment where dossier_code = ? and status = 'PENDING' order by created_at desc")
                .param(dossierCode).query(this::row).list().stream().findFirst();
    }

    /**
     * Checks and applies one gateway callback, in this order: signature (constant time), body, reference,
     * amount, nonce, duplicate transaction, expiry. Never throws for a bad callback: the outcome says why.
     *
     * <p>Runs in transactions of its own. Callbacks of one request are applied one at a time (the request's row
     * is locked first); a delivery that still loses a race (a lock it waited too long for, a nonce or transaction
     * recorded at the same moment, the dossier's process changed by another transaction while the payment was
     * passed to it) is undone and applied again, and so answers as if it had come after the winner: the same
     * callback delivered again is {@link CallbackOutcome#DUPLICATE}.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public CallbackOutcome accept(String rawBody, String signature) {
        for (int attempt = 1; ; attempt++) {
            try {
                return alone.execute(status -> applyOnce(rawBody, signature));
            } catch (RuntimeException e) {
                if (!lostARace(e) || attempt == CALLBACK_ATTEMPTS) {
                    throw e;
                }
                log.info("Payment callback lost a race ({}); applying it again", e.toString());
            }
        }
    }

    private CallbackOutcome applyOnce(String rawBody, String signature) {
        if (!PaymentSignature.verify(settings.callbackSecret(), rawBody, signature)) {
            return refuse(CallbackOutcome.BAD_SIGNATURE, null, null, "signature does not match the body");
        }
        Callback callback;
        try {
            callback = parse(rawBody);
        } catch (IllegalArgumentException e) {
            return refuse(CallbackOutcome.MALFORMED, null, null, e.getMessage());
        }
        Optional<Payment> found = lock(callback.reference());
        if (found.isEmpty()) {
            return refuse(CallbackOutcome.UNKNOWN_REFERENCE, callback, null, "no payment request " + callback.reference());
        }
        Payment payment = found.get();
        if (callback.amount() != payment.amountVnd()) {
            return refuse(CallbackOutcome.WRONG_AMOUNT, callback, null,
                    "amount " + callback.amount() + " but " + payment.amountVnd() + " was requested");
        }
        Optional<String> nonceSeenFor = referenceOfNonce(callback.nonce());
        if (nonceSeenFor.isPresent()) {
            if (nonceSeenFor.get().equals(payment.reference()) && callback.transactionId().equals(payment.transactionId())
                    && callback.status().equals(payment.status())) {
                // the gateway sent this very callback again (it missed our answer): delivered, nothing to change
                return log(CallbackOutcome.DUPLICATE, callback, null, "the same callback delivered again");
            }
            return refuse(CallbackOutcome.REPLAY, callback, null, "nonce " + callback.nonce() + " seen before");
        }
        if (!payment.status().equals("PENDING")) {
            if (callback.transactionId().equals(payment.transactionId())) {
                return record(CallbackOutcome.DUPLICATE, callback, "transaction already recorded as " + payment.status());
            }
            CallbackOutcome outcome = payment.status().equals("EXPIRED") ? CallbackOutcome.EXPIRED : CallbackOutcome.ALREADY_SETTLED;
            return refuse(outcome, callback, callback.nonce(), "the request is " + payment.status());
        }
        if (!Time.now().isBefore(payment.expiresAt())) {
            return refuse(CallbackOutcome.EXPIRED, callback, callback.nonce(), "the request expired at " + payment.expiresAt());
        }
        boolean paid = callback.status().equals("PAID");
        int changed = jdbc.sql("update mc_payment set status = ?, paid_at = ?, transaction_id = ?, pending_dossier_code = null"
                        + " where reference = ? and status = 'PENDING'")
                .params(paid ? "PAID" : "DECLINED", paid ? utc(callback.paidAt() == null ? Time.now() : callback.paidAt()) : null,
                        callback.transactionId(), payment.reference())
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("payment " + payment.reference() + " changed while a callback was applied");
        }
        if (paid) {
            events.publishEvent(new PaymentReceived(payment.dossierCode(), payment.reference(), payment.amountVnd(), callback.transactionId()));
        } else {
            events.publishEvent(new PaymentDeclined(payment.dossierCode(), payment.reference(), payment.amountVnd(), callback.transactionId()));
        }
        log.info("Payment {} of dossier {}: {} (transaction {})", payment.reference(), payment.dossierCode(),
                paid ? "PAID" : "DECLINED", callback.transactionId());
        return record(paid ? CallbackOutcome.PAID : CallbackOutcome.DECLINED, callback, null);
    }

    /** The request, its row locked until the callback's transaction ends, so that its callbacks take turns. */
    private Optional<Payment> lock(String reference) {
        return jdbc.sql("select * from mc_payment where reference = ? for update").param(reference).query(this::row).optional();
    }

    /**
     * Whether the callback's transaction failed only because another one got there first; applied again, it
     * sees what that one recorded.
     */
    private static boolean lostARace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException || cause instanceof ConcurrencyFailureException
                    || cause instanceof OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }

    /** Marks the pending requests whose time is up EXPIRED and publishes {@link PaymentExpired} for each. */
    public int expireOverdue() {
        List<Payment> overdue = jdbc.sql("select * from mc_payment where status = 'PENDING' and expires_at <= ?")
                .param(utc(Time.now())).query(this::row).list();
        int expired = 0;
        for (Payment p : overdue) {
            if (jdbc.sql("update mc_payment set status = 'EXPIRED', pending_dossier_code = null where reference = ? and status = 'PENDING'")
                    .param(p.reference()).update() == 1) {
                events.publishEvent(new PaymentExpired(p.dossierCode(), p.reference(), p.amountVnd()));
                expired++;
            }
        }
        return expired;
    }

    /**
     * The dossiers whose pending request has waited longer than reminder-after and was not reminded yet;
     * each is marked reminded, so it comes back once only. Publishes {@link PaymentReminderDue} for each.
     */
    public List<String> remindersDue() {
        Instant createdBefore = Time.now().minus(settings.reminderAfter());
        List<Payment> due = jdbc.sql("select * from mc_payment where status = 'PENDING' and not reminded and created_at <= ? and expires_at > ?")
                .params(utc(createdBefore), utc(Time.now())).query(this::row).list();
        return due.stream()
                .filter(p -> jdbc.sql("update mc_payment set reminded = true where reference = ? and not reminded").param(p.reference()).update() == 1)
                .peek(p -> events.publishEvent(new PaymentReminderDue(p.dossierCode(), p.reference())))
                .map(Payment::dossierCode)
                .toList();
    }

    private record Callback(String reference, long amount, String status, String transactionId, Instant paidAt, String nonce) {
    }

    private Callback parse(String rawBody) {
        JsonNode body;
        try {
            body = json.readTree(rawBody);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String reference = text(body, "reference");
        String status = text(body, "status");
        if (!status.equals("PAID") && !status.equals("DECLINED")) {
            throw new IllegalArgumentException("status is PAID or DECLINED, not " + status);
        }
        JsonNode amount = body.get("amount");
        if (amount == null || !amount.canConvertToLong() || !amount.isIntegralNumber()) {
            throw new IllegalArgumentException("amount is a whole number of VND");
        }
        Instant paidAt = null;
        if (body.hasNonNull("paidAt")) {
            try {
                paidAt = Instant.parse(body.get("paidAt").asText());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("paidAt is an ISO-8601 instant");
            }
        }
        return new Callback(reference, amount.asLong(), status, text(body, "transactionId"), paidAt, text(body, "nonce"));
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank() || node.asText().length() > 100) {
            throw new IllegalArgumentException(field + " is required (text, at most 100 characters)");
        }
        return node.asText();
    }

    /** The reference of the authentic callback that first brought this nonce, if one did. */
    private Optional<String> referenceOfNonce(String nonce) {
        return jdbc.sql("select reference from mc_payment_callback where nonce_seen = ?").param(nonce).query(String.class).optional();
    }

    private CallbackOutcome refuse(CallbackOutcome outcome, Callback callback, String nonceSeen, String detail) {
        log.warn("Payment callback refused: {} ({})", outcome, detail);
        return log(outcome, callback, nonceSeen, detail);
    }

    private CallbackOutcome record(CallbackOutcome outcome, Callback callback, String detail) {
        return log(outcome, callback, callback.nonce(), detail);
    }

    private CallbackOutcome log(CallbackOutcome outcome, Callback callback, String nonceSeen, String detail) {
        jdbc.sql("insert into mc_payment_callback (nonce, nonce_seen, reference, received_at, outcome, detail) values (?, ?, ?, ?, ?, ?)")
                .params(callback == null ? null : callback.nonce(), nonceSeen, callback == null ? null : callback.reference(),
                        utc(Time.now()), outcome.name(), detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000)))
                .update();
        return outcome;
    }

    private Payment row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Payment(rs.getString("reference"), rs.getString("dossier_code"), rs.getLong("amount_vnd"), rs.getString("status"),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "paid_at"), rs.getString("transaction_id"),
                rs.getBoolean("reminded"));
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
