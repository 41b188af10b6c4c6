package vn.motcua.deadline;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/** One stretch of a day during which the office is open, e.g. 08:00–12:00. */
record OpeningInterval(LocalTime opens, LocalTime closes) {

    OpeningInterval {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("an interval must open before it closes: " + opens + "-" + closes);
        }
    }

    Duration length() {
        return Duration.between(opens, closes);
    }

    @Override
    public String toString() {
        return opens + "-" + closes;
    }
}
