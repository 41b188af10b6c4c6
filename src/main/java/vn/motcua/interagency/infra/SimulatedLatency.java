package vn.motcua.interagency.infra;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** How long a simulated system takes to answer: a fresh draw between a minimum and a maximum each time. */
final class SimulatedLatency {

    private final Duration min;
    private final Duration max;

    SimulatedLatency(Duration min, Duration max) {
        this.min = min;
        this.max = max;
    }

    Duration draw() {
        if (min.equals(max)) {
            return min;
        }
        return Duration.ofNanos(ThreadLocalRandom.current().nextLong(min.toNanos(), max.toNanos() + 1));
    }

    /** Sleeps for the time; false when interrupted, with the interrupt flag set again for the caller's caller. */
    static boolean sleep(Duration time) {
        try {
            TimeUnit.NANOSECONDS.sleep(time.toNanos());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String toString() {
        return min.toMillis() + "–" + max.toMillis() + " ms";
    }
}
