package vn.motcua.interagency;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the interagency module ({@code motcua.interagency.*}).
 *
 * @param notificationChannels how citizens are notified: any of {@code log}, {@code sms}, {@code email}
 * @param population           the simulated national population database
 * @param messaging            the simulated SMS gateway and mail server
 */
@ConfigurationProperties("motcua.interagency")
public record InteragencySettings(Set<NotificationChannel> notificationChannels, Population population,
        Messaging messaging) {

    public InteragencySettings {
        notificationChannels = notificationChannels == null ? Set.of(NotificationChannel.LOG) : Set.copyOf(notificationChannels);
        population = population == null ? new Population(null, null, null, null) : population;
        messaging = messaging == null ? new Messaging(null, null, null) : messaging;
    }

    /**
     * How the simulated population database behaves ({@code motcua.interagency.population.*}).
     *
     * @param latencyMin             the shortest time it takes to answer
     * @param latencyMax             the longest time it takes to answer; each call draws between the two
     * @param timeout                how long a caller waits for an answer before giving up with
     *                               {@link RegistryUnavailable}
     * @param unresponsiveIdEndings  the register never answers for an id number that ends with one of these
     *                               digit strings (a whole number lists one person), to rehearse an outage
     */
    public record Population(Duration latencyMin, Duration latencyMax, Duration timeout, List<String> unresponsiveIdEndings) {

        private static final Pattern DIGITS = Pattern.compile("[0-9]{1,12}");

        public Population {
            latencyMin = latencyMin == null ? Duration.ofMillis(20) : latencyMin;
            latencyMax = latencyMax == null ? Duration.ofMillis(80) : latencyMax;
            timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
            unresponsiveIdEndings = unresponsiveIdEndings == null ? List.of("999") : List.copyOf(unresponsiveIdEndings);
            requireLatency(latencyMin, latencyMax, "population");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("motcua.interagency.population.timeout must be positive, was " + timeout);
            }
            for (String ending : unresponsiveIdEndings) {
                if (!DIGITS.matcher(ending).matches()) {
                    throw new IllegalArgumentException(
                            "motcua.interagency.population.unresponsive-id-endings holds 1 to 12 digits each, not '" + ending + "'");
                }
            }
        }

        /** Whether the register stays silent when asked about this id number. */
        public boolean unresponsiveFor(String idNumber) {
            return unresponsiveIdEndings.stream().anyMatch(idNumber::endsWith);
        }
    }

    /**
     * How the simulated SMS gateway and mail server behave ({@code motcua.interagency.messaging.*}).
     *
     * @param latencyMin the shortest time a message takes to hand over
     * @param latencyMax the longest; each message draws between the two
     * @param keepLast   how many sent messages each simulator keeps in memory to be looked at
     */
    public record Messaging(Duration latencyMin, Duration latencyMax, Integer keepLast) {

        public Messaging {
            latencyMin = latencyMin == null ? Duration.ofMillis(50) : latencyMin;
            latencyMax = latencyMax == null ? Duration.ofMillis(200) : latencyMax;
            keepLast = keepLast == null ? 100 : keepLast;
            requireLatency(latencyMin, latencyMax, "messaging");
            if (keepLast < 0) {
                throw new IllegalArgumentException("motcua.interagency.messaging.keep-last must not be negative, was " + keepLast);
            }
        }
    }

    private static void requireLatency(Duration min, Duration max, String block) {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("motcua.interagency." + block + ".latency-min must not be negative nor above"
                    + " latency-max, was " + min + " and " + max);
        }
    }
}
