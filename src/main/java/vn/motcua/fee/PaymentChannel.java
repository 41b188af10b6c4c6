package vn.motcua.fee;

/** How a fee was paid: online through the payment gateway, or at the one-stop counter. */
public enum PaymentChannel {
    ONLINE("Trực tuyến"), COUNTER("Tại quầy");

    private final String label;

    PaymentChannel(String label) {
        this.label = label;
    }

    /** The Vietnamese name a report or a receipt shows. */
    public String label() {
        return label;
    }
}
