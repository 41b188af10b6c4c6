package vn.motcua.throttling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A limit per key: a burst of its capacity, then one more each period / capacity; keys never share. */
class TokenBucketsTest {

    private final SteppingTime time = new SteppingTime();
    private final TokenBuckets buckets = new TokenBuckets(new ThrottleSettings.Limit(3, Duration.ofMinutes(3)), 100, time);

    @Test
    void givesTheCapacityAtOnceThenTellsHowLongUntilTheNextToken() {
        assertThat(buckets.take("203.0.113.7")).isZero();
        assertThat(buckets.take("203.0.113.7")).isZero();
        assertThat(buckets.take("203.0.113.7")).isZero();

        assertThat(buckets.take("203.0.113.7")).isEqualTo(Duration.ofMinutes(1));
        time.step(Duration.ofSeconds(59));
        assertThat(buckets.take("203.0.113.7")).isEqualTo(Duration.ofSeconds(1));
        time.step(Duration.ofSeconds(1));
        assertThat(buckets.take("203.0.113.7")).isZero();
    }

    @Test
    void oneKeyOverItsLimitLeavesTheOthersAlone() {
        for (int i = 0; i < 3; i++) {
            buckets.count("203.0.113.7");
        }

        assertThat(buckets.waitFor("203.0.113.7")).isEqualTo(Duration.ofMinutes(1));
        assertThat(buckets.waitFor("198.51.100.20")).isZero();
        assertThat(buckets.take("198.51.100.20")).isZero();
    }

    @Test
    void countsFailuresThatRanTogetherBeyondTheLimitAsALongerWait() {
        for (int i = 0; i < 5; i++) {
            buckets.count("203.0.113.7");
        }

        assertThat(buckets.waitFor("203.0.113.7")).isEqualTo(Duration.ofMinutes(3));
        time.step(Duration.ofMinutes(3));
        assertThat(buckets.waitFor("203.0.113.7")).isZero();
    }

    @Test
    void waitingCostsNothing() {
        assertThat(buckets.waitFor("203.0.113.7")).isZero();
        assertThat(buckets.waitFor("203.0.113.7")).isZero();
        buckets.count("203.0.113.7");
        buckets.count("203.0.113.7");

        assertThat(buckets.waitFor("203.0.113.7")).isZero();
    }

    @Test
    void forgetsAKeyIdleForThePeriodWhoseBucketIsFullAgain() {
        for (int i = 0; i < 3; i++) {
            buckets.count("203.0.113.7");
        }
        time.step(Duration.ofMinutes(3).plusSeconds(1));

        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take("203.0.113.7")).isZero();
        }
    }
}
