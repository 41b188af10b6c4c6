package vn.motcua.fee;

/** What {@link Payments#accept} made of a gateway callback. Only the first three change or confirm a payment. */
public enum CallbackOutcome {
    /** The payment is PAID now. */
    PAID(true),
    /** The gateway says the citizen's payment failed; the request is DECLINED. */
    DECLINED(true),
    /** The same transaction was reported before, or this very callback was delivered before; nothing changed. */
    DUPLICATE(true),
    /** The signature does not match the body: forged or damaged. */
    BAD_SIGNATURE(false),
    /** Signed, but not a callback we can read (missing or malformed fields). */
    MALFORMED(false),
    /** No payment request has this reference. */
    UNKNOWN_REFERENCE(false),
    /** The amount is not the one requested. */
    WRONG_AMOUNT(false),
    /** This nonce was seen before with another body: a replayed callback. */
    REPLAY(false),
    /** The request expired before the callback came. */
    EXPIRED(false),
    /** The request was settled already by another transaction. */
    ALREADY_SETTLED(false);

    private final boolean accepted;

    CallbackOutcome(boolean accepted) {
        this.accepted = accepted;
    }

    /** Whether the gateway should consider the callback delivered (it retries the others). */
    public boolean accepted() {
        return accepted;
    }
}
