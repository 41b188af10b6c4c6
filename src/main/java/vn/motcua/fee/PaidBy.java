package vn.motcua.fee;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The payment a receipt acknowledges: its channel and its own reference, the key that makes issuing a
 * receipt idempotent (one receipt per payment). Online, the reference is the payment request's
 * ({@code TT…}); at the counter it is made when the clerk confirms the cash ({@link #counter()}).
 */
public record PaidBy(PaymentChannel channel, String reference) {

    private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9-]{1,64}");

    public PaidBy {
        if (channel == null) {
            throw new IllegalArgumentException("a payment has a channel");
        }
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("a payment reference is 1 to 64 capitals, digits or '-', not " + reference);
        }
    }

    public static PaidBy online(String reference) {
        return new PaidBy(PaymentChannel.ONLINE, reference);
    }

    /** A new counter payment, with a reference of its own. */
    public static PaidBy counter() {
        return new PaidBy(PaymentChannel.COUNTER, "TQ" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase());
    }
}
