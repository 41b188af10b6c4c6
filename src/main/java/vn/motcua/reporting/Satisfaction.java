package vn.motcua.reporting;

/** How satisfied the applicant was with the handling of the dossier (the national portal's scale). */
public enum Satisfaction {
    RAT_HAI_LONG("Rất hài lòng"),
    HAI_LONG("Hài lòng"),
    CHAP_NHAN_DUOC("Chấp nhận được"),
    KHONG_HAI_LONG("Không hài lòng");

    private final String label;

    Satisfaction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
