package vn.motcua.interagency.infra;

/**
 * Masks for personal data in log lines: logs are kept longer and read by more people than the dossier, so
 * they show enough to tell two citizens apart, not enough to reach one.
 */
final class PersonalData {

    private PersonalData() {
    }

    /** "0912345678" → "091****678". */
    static String phone(String phone) {
        return middleHidden(phone);
    }

    /** "001203004005" → "001******005". */
    static String idNumber(String idNumber) {
        return middleHidden(idNumber);
    }

    /** "mai.tran@example.vn" → "m***@example.vn". */
    static String email(String email) {
        if (email == null) {
            return "-";
        }
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    private static String middleHidden(String value) {
        if (value == null) {
            return "-";
        }
        if (value.length() <= 6) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 6) + value.substring(value.length() - 3);
    }
}
