package vn.motcua.throttling;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the throttles ({@code motcua.throttle.*}); each limit is a bucket of {@code capacity} tokens per key,
 * refilled evenly over {@code period} (so after a burst of {@code capacity}, one more every period / capacity).
 *
 * @param publicRequestsPerAddress          every request to the API without login, per client address
 * @param lookupFailuresPerAddress          requests about a dossier answered 404 (wrong code or id number), per address
 * @param lookupFailuresPerDossier          the same, per dossier code, from all addresses together
 * @param loginFailuresPerAddress           wrong passwords (webapp login, HTTP Basic), any account, per address
 * @param loginFailuresPerAccountAndAddress wrong passwords for one account from one address
 * @param trackedKeys                       how many keys (addresses, dossiers, accounts) each limit remembers at most
 */
@ConfigurationProperties("motcua.throttle")
record ThrottleSettings(Limit publicRequestsPerAddress, Limit lookupFailuresPerAddress, Limit lookupFailuresPerDossier,
        Limit loginFailuresPerAddress, Limit loginFailuresPerAccountAndAddress, Integer trackedKeys) {

    ThrottleSettings {
        publicRequestsPerAddress = orDefault(publicRequestsPerAddress, 300, Duration.ofMinutes(1));
        lookupFailuresPerAddress = orDefault(lookupFailuresPerAddress, 30, Duration.ofHours(1));
        lookupFailuresPerDossier = orDefault(lookupFailuresPerDossier, 20, Duration.ofHours(1));
        loginFailuresPerAddress = orDefault(loginFailuresPerAddress, 30, Duration.ofMinutes(15));
        loginFailuresPerAccountAndAddress = orDefault(loginFailuresPerAccountAndAddress, 5, Duration.ofMinutes(15));
        trackedKeys = trackedKeys == null ? 20_000 : trackedKeys;
        if (trackedKeys < 100) {
            throw new IllegalArgumentException("motcua.throttle.tracked-keys must be at least 100");
        }
    }

    private static Limit orDefault(Limit limit, long capacity, Duration period) {
        return limit == null ? new Limit(capacity, period) : limit;
    }

    /** {@code capacity} tokens, refilled evenly over {@code period}. */
    record Limit(long capacity, Duration period) {

        Limit {
            if (capacity < 1) {
                throw new IllegalArgumentException("a throttle's capacity must be at least 1, not " + capacity);
            }
            if (period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a throttle's period must be positive, not " + period);
            }
        }
    }
}
