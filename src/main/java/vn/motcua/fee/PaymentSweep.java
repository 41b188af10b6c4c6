package vn.motcua.fee;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute: expires unpaid requests whose time is up and marks the reminders due. Scheduling is
 * enabled by the digitisation module's configuration. Each step is idempotent, so several nodes may run it.
 */
@Component
class PaymentSweep {

    private static final Logger log = LoggerFactory.getLogger(PaymentSweep.class);

    private final Payments payments;

    PaymentSweep(Payments payments) {
        this.payments = payments;
    }

    @Scheduled(fixedDelayString = "${motcua.fee.payment.sweep-every:PT1M}", initialDelayString = "${motcua.fee.payment.sweep-every:PT1M}")
    void sweep() {
        int expired = payments.expireOverdue();
        List<String> reminders = payments.remindersDue();
        if (expired > 0 || !reminders.isEmpty()) {
            log.info("Payments: {} request(s) expired, reminders due for {}", expired, reminders);
        }
    }
}
