package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** {@code {office code}-{yymmdd}-{daily serial}}, e.g. {@code 000.00.21.H56-260122-0001}. */
public record DossierCode(String value) {

    private static final Pattern FORM = Pattern.compile("[0-9A-Z.]{3,32}-[0-9]{6}-[0-9]{4}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    public DossierCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a dossier code like 000.00.21.H56-260122-0001");
        }
    }

    public static DossierCode of(String officeCode, LocalDate day, int serial) {
        if (serial < 1 || serial > 9999) {
            throw new IllegalArgumentException("the daily serial runs from 1 to 9999, not " + serial);
        }
        return new DossierCode(officeCode + "-" + DAY.format(day) + "-" + String.format("%04d", serial));
    }

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
