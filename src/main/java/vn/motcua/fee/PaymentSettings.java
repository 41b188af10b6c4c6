package vn.motcua.fee;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of online payment ({@code motcua.fee.payment.*}).
 *
 * @param callbackSecret     the key the gateway signs its callbacks with (HMAC-SHA256); from the environment
 *                           ({@code MOTCUA_PAYMENT_SECRET}), no production default
 * @param requestTtl         how long a payment request stays open
 * @param reminderAfter      how long a request waits unpaid before the citizen is reminded (once)
 * @param simulatorLatency   how long the simulated gateway takes before it sends its callback
 */
@ConfigurationProperties("motcua.fee.payment")
public record PaymentSettings(String callbackSecret, Duration requestTtl, Duration reminderAfter, Duration simulatorLatency) {

    public PaymentSettings {
        if (callbackSecret == null || callbackSecret.isBlank()) {
            throw new IllegalArgumentException("motcua.fee.payment.callback-secret (MOTCUA_PAYMENT_SECRET) is required");
        }
        requestTtl = requestTtl == null ? Duration.ofMinutes(30) : requestTtl;
        reminderAfter = reminderAfter == null ? Duration.ofMinutes(15) : reminderAfter;
        simulatorLatency = simulatorLatency == null ? Duration.ofMillis(500) : simulatorLatency;
        if (requestTtl.isNegative() || requestTtl.isZero()) {
            throw new IllegalArgumentException("motcua.fee.payment.request-ttl must be positive, was " + requestTtl);
        }
        if (reminderAfter.isNegative() || simulatorLatency.isNegative()) {
            throw new IllegalArgumentException("motcua.fee.payment.reminder-after and simulator-latency must not be negative");
        }
    }

    @Override
    public String toString() {
        return "PaymentSettings[callbackSecret=***, requestTtl=" + requestTtl + ", reminderAfter=" + reminderAfter
                + ", simulatorLatency=" + simulatorLatency + "]";
    }
}
