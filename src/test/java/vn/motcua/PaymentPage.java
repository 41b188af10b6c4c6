package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** The citizen on the payment simulator's page, and the wait for its signed callback. */
public final class PaymentPage {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private PaymentPage() {
    }

    /** The citizen presses a button of the simulator's payment page (PAY or CANCEL). */
    public static HttpResponse<String> press(String url, String action) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=" + action)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The simulator answers on a thread of its own; its callback lands within moments. */
    public static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        // a time-out on the monotonic clock: the wall clock (and so the date) plays no part
        long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - giveUp).as("the simulator's callback did not arrive").isNegative();
            Thread.sleep(50);
        }
    }
}
