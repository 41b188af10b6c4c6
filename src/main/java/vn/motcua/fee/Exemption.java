package vn.motcua.fee;

/**
 * A category of applicant the law exempts from a fee (Circular 75/2022/TT-BTC, Decree 63/2024, …).
 * The applicant claims it; the clerk confirms it before the fee is recorded.
 */
public enum Exemption {
    TRE_EM("Trẻ em"),
    NGUOI_CAO_TUOI("Người cao tuổi"),
    NGUOI_KHUYET_TAT("Người khuyết tật"),
    GIA_DINH_CO_CONG("Gia đình có công với cách mạng"),
    HO_NGHEO("Hộ nghèo"),
    DAN_TOC_THIEU_SO("Đồng bào dân tộc thiểu số ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn"),
    DANG_KY_DUNG_HAN("Đăng ký khai sinh đúng hạn");

    private final String label;

    Exemption(String label) {
        this.label = label;
    }

    /** The Vietnamese name of the category, as a receipt or a form shows it. */
    public String label() {
        return label;
    }
}
