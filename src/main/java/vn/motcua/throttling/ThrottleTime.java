package vn.motcua.throttling;

/**
 * The monotonic time the throttles refill by ({@link System#nanoTime()} in the application); tests step their own.
 */
@FunctionalInterface
interface ThrottleTime {

    long nanoTime();
}
