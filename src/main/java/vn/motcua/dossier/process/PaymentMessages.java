package vn.motcua.dossier.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.fee.PaymentExpired;
import vn.motcua.fee.PaymentReceived;
import vn.motcua.fee.PaymentReminderDue;
import vn.motcua.shared.DossierOffices;
import vn.motcua.shared.SystemEngineAccess;

/**
 * Turns the payment module's events into messages for the fee-collection step waiting for the dossier
 * (business key = dossier code).
 *
 * <p>A payment is correlated in the transaction that records it: if the process cannot take it, the
 * callback fails and the gateway sends it again. A payment no step waits for yet is not lost: the step looks
 * for a paid request when it starts waiting. Reminders and expiries are told after their sweep committed,
 * in a transaction of their own, and only to a step still waiting; a failure there is logged, never
 * passed on to the sweep.
 */
@Component
class PaymentMessages {

    static final String FEE_PAID_ONLINE = "FeePaidOnline";
    static final String PAYMENT_REMINDER_DUE = "PaymentReminderDue";
    static final String PAYMENT_REQUEST_EXPIRED = "PaymentRequestExpired";
    private static final Logger log = LoggerFactory.getLogger(PaymentMessages.class);

    private final RuntimeService runtime;
    private final SystemEngineAccess system;
    private final TransactionTemplate separately;
    private final DossierOffices offices;

    PaymentMessages(RuntimeService runtime, SystemEngineAccess system, PlatformTransactionManager transactions,
            DossierOffices offices) {
        this.runtime = runtime;
        this.system = system;
        this.offices = offices;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void paid(PaymentReceived payment) {
        int correlated = system.call(() -> correlation(FEE_PAID_ONLINE, payment.dossierCode())
                .setVariable("paymentChannel", "ONLINE")
                .setVariable("paymentReference", payment.reference())
                .correlateAllWithResult().size());
        if (correlated == 0) {
            log.info("Payment {} of dossier {}: no fee step waits for it now; the step takes it when it starts waiting",
                    payment.reference(), payment.dossierCode());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void remind(PaymentReminderDue due) {
        tellWaitingStep(PAYMENT_REMINDER_DUE, due.dossierCode());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void expired(PaymentExpired expired) {
        tellWaitingStep(PAYMENT_REQUEST_EXPIRED, expired.dossierCode());
    }

    /** The message to the dossier's instances: those of its own office only, as a business key alone could be any office's. */
    private MessageCorrelationBuilder correlation(String message, String dossierCode) {
        var correlation = runtime.createMessageCorrelation(message).processInstanceBusinessKey(dossierCode);
        offices.officeOf(dossierCode).ifPresent(correlation::tenantId);
        return correlation;
    }

    private void tellWaitingStep(String message, String dossierCode) {
        try {
            separately.executeWithoutResult(status -> system.run(() -> correlation(message, dossierCode).correlateAllWithResult()));
        } catch (RuntimeException e) {
            log.warn("Dossier {}: could not pass {} to its fee step: {}", dossierCode, message, e.toString());
        }
    }
}
