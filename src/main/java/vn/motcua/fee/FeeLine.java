package vn.motcua.fee;

/**
 * One line of a dossier's fees and charges, in whole VND.
 *
 * @param exemption the exemption category that brought the amount to 0 (e.g. CHILD), or null
 */
public record FeeLine(String description, long amountVnd, String exemption) {

    public FeeLine {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a fee line needs a description");
        }
        if (amountVnd < 0) {
            throw new IllegalArgumentException("a fee is never negative: " + amountVnd);
        }
    }
}
