package vn.motcua.interagency;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The register's answer to a {@link PersonQuery}.
 *
 * @param outcome          whether the person was found and everything declared agrees
 * @param mismatchedFields the declared fields that disagree ({@link #FULL_NAME}, {@link #RESIDENCE_ADDRESS});
 *                         empty unless the outcome is MISMATCH
 * @param registeredName   the name the register holds; null when NOT_FOUND
 * @param registeredAddress the permanent residence the register holds; null when NOT_FOUND or not recorded
 */
public record PersonCheck(Outcome outcome, List<String> mismatchedFields, String registeredName, String registeredAddress) {

    /** The field name of {@link PersonQuery#fullName()} in {@link #mismatchedFields()}. */
    public static final String FULL_NAME = "fullName";
    /** The field name of {@link PersonQuery#residenceAddress()} in {@link #mismatchedFields()}. */
    public static final String RESIDENCE_ADDRESS = "residenceAddress";

    private static final String REGISTER = "cơ sở dữ liệu quốc gia về dân cư";

    public enum Outcome {
        MATCH, MISMATCH, NOT_FOUND
    }

    public PersonCheck {
        Objects.requireNonNull(outcome, "outcome");
        mismatchedFields = mismatchedFields == null ? List.of() : List.copyOf(mismatchedFields);
        if ((outcome == Outcome.MISMATCH) == mismatchedFields.isEmpty()) {
            throw new IllegalArgumentException("a MISMATCH names the fields that disagree, and only a MISMATCH does: "
                    + outcome + " " + mismatchedFields);
        }
    }

    public static PersonCheck match(String registeredName, String registeredAddress) {
        return new PersonCheck(Outcome.MATCH, List.of(), registeredName, registeredAddress);
    }

    public static PersonCheck mismatch(List<String> mismatchedFields, String registeredName, String registeredAddress) {
        return new PersonCheck(Outcome.MISMATCH, mismatchedFields, registeredName, registeredAddress);
    }

    public static PersonCheck notFound() {
        return new PersonCheck(Outcome.NOT_FOUND, List.of(), null, null);
    }

    /** A Vietnamese sentence for the officer, e.g. "Họ tên không khớp: cơ sở dữ liệu ghi 'Trần Thị Mai'". */
    public String explanation() {
        return switch (outcome) {
            case MATCH -> "Thông tin khớp với " + REGISTER;
            case NOT_FOUND -> "Không tìm thấy số định danh cá nhân trong " + REGISTER;
            case MISMATCH -> mismatchExplanation();
        };
    }

    private String mismatchExplanation() {
        List<String> parts = new ArrayList<>();
        if (mismatchedFields.contains(FULL_NAME)) {
            parts.add("Họ tên không khớp: cơ sở dữ liệu ghi '" + registeredName + "'");
        }
        if (mismatchedFields.contains(RESIDENCE_ADDRESS)) {
            parts.add(registeredAddress == null ? "Nơi thường trú không khớp: cơ sở dữ liệu chưa ghi nơi thường trú"
                    : "Nơi thường trú không khớp: cơ sở dữ liệu ghi '" + registeredAddress + "'");
        }
        mismatchedFields.stream().filter(f -> !f.equals(FULL_NAME) && !f.equals(RESIDENCE_ADDRESS))
                .forEach(f -> parts.add("Trường " + f + " không khớp"));
        return String.join("; ", parts);
    }
}
