package vn.motcua.throttling;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * One limit applied per key (a client address, a dossier code, an account from an address): a Bucket4j token
 * bucket per key, kept in a Caffeine cache that forgets a key idle for the limit's period (its bucket would be full
 * again, so forgetting it changes nothing but a debt left by {@link #count}) and holds at most a given number of keys.
 * Thread-safe.
 */
final class TokenBuckets {

    private final ThrottleSettings.Limit limit;
    private final TimeMeter meter;
    private final Cache<String, Bucket> buckets;

    TokenBuckets(ThrottleSettings.Limit limit, int maxKeys, ThrottleTime time) {
        this.limit = limit;
        this.meter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return time.nanoTime();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(limit.period()).ticker(time::nanoTime).build();
    }

    /** Takes a token for the key: {@link Duration#ZERO} when there was one, else how long until there is. */
    Duration take(String key) {
        var probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /** How long until the key has a token ({@link Duration#ZERO}: it has one now); takes none. */
    Duration waitFor(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null) {
            return Duration.ZERO;
        }
        var probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /**
     * Counts one against the key even when it has no token left: failures that ran at the same time all count, and
     * the key then waits the longer.
     */
    void count(String key) {
        bucket(key).consumeIgnoringRateLimits(1);
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> Bucket.builder().withCustomTimePrecision(meter)
                .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period())).build());
    }
}
