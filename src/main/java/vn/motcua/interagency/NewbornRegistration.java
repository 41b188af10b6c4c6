package vn.motcua.interagency;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A child whose birth is being registered, as the register needs it to assign a personal id number.
 *
 * @param dossierCode       the dossier that registers the birth; the key that makes assignment idempotent
 * @param childName         the child's full name
 * @param birthDate         the date of birth
 * @param sex               {@code M} or {@code F} (also accepted, in any case: {@code NAM}/{@code NỮ},
 *                          {@code NU}, {@code MALE}/{@code FEMALE}); it decides the century digit
 * @param motherIdNumber    the mother's personal id number; null when unknown
 * @param fatherIdNumber    the father's personal id number; null when unknown (a birth may be registered
 *                          without a father)
 * @param birthProvinceCode the 3-digit code of the province where the birth is registered, e.g. {@code 001}
 */
public record NewbornRegistration(String dossierCode, String childName, LocalDate birthDate, String sex,
        String motherIdNumber, String fatherIdNumber, String birthProvinceCode) {

    private static final Set<String> MALE = Set.of("M", "NAM", "MALE");
    private static final Set<String> FEMALE = Set.of("F", "NỮ", "NU", "FEMALE");
    private static final Pattern PROVINCE_CODE = Pattern.compile("[0-9]{3}");

    public NewbornRegistration {
        requireText(dossierCode, "dossierCode");
        requireText(childName, "childName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        if (!MALE.contains(normalised(sex)) && !FEMALE.contains(normalised(sex))) {
            throw new IllegalArgumentException("sex must be M or F, was '" + sex + "'");
        }
        if (birthProvinceCode == null || !PROVINCE_CODE.matcher(birthProvinceCode).matches()) {
            throw new IllegalArgumentException("birthProvinceCode has 3 digits, was '" + birthProvinceCode + "'");
        }
    }

    public boolean female() {
        return FEMALE.contains(normalised(sex));
    }

    private static String normalised(String sex) {
        // "Nữ" typed on a phone may arrive decomposed
        return Normalizer.normalize(sex.strip(), Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
