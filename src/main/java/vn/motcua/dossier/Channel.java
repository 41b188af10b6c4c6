package vn.motcua.dossier;

/** How the dossier reached the centre. */
public enum Channel {
    ONLINE("Trực tuyến"), COUNTER("Trực tiếp"), POSTAL("Bưu chính công ích");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    /** The Vietnamese name printed on the slip and shown to the citizen. */
    public String label() {
        return label;
    }
}
