package vn.motcua.throttling;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A throttle time that moves only when a test steps it. */
final class SteppingTime implements ThrottleTime {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    void step(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
