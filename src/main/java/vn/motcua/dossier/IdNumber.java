package vn.motcua.dossier;

import java.time.Year;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A 12-digit personal identification number (số định danh cá nhân): province of birth registration
 * (3 digits), century and sex (1), year of birth (2), serial (6). Checked for form and province code;
 * whether the person exists is the national population database's question.
 */
public record IdNumber(String value) {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");
    /** Province codes of Circular 07/2016/TT-BCA (kept by numbers issued before the 2025 mergers). */
    private static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014",
            "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037",
            "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064",
            "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089",
            "091", "092", "093", "094", "095", "096");

    public IdNumber {
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why the text is not a valid personal id number, or null when it is. */
    public static String problemWith(String value) {
        if (value == null || !TWELVE_DIGITS.matcher(value).matches()) {
            return "a personal id number has exactly 12 digits";
        }
        if (!PROVINCES.contains(value.substring(0, 3))) {
            return "'" + value.substring(0, 3) + "' is not a province code";
        }
        int century = 1900 + (value.charAt(3) - '0') / 2 * 100;
        int born = century + Integer.parseInt(value.substring(4, 6));
        if (born > Year.now().getValue()) {
            return "the year of birth " + born + " lies in the future";
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
