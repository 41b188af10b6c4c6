package vn.motcua.fee;

import java.util.List;

/** The amount of each fee line for one request, and the total, in whole VND. */
public record FeeQuote(List<Line> lines, long total) {

    public FeeQuote {
        lines = List.copyOf(lines);
    }

    /**
     * One quoted line.
     *
     * @param exemption the claimed exemption that brought the amount to 0, or null
     */
    public record Line(String code, FeeRule.Name name, long amount, Exemption exemption) {

        /** The line as the dossier's fee record keeps it. */
        public FeeLine toFeeLine() {
            return new FeeLine(name.vi(), amount, exemption == null ? null : exemption.name());
        }
    }

    public String totalInWords() {
        return VietnameseAmount.inWords(total);
    }
}
