package vn.motcua.dossier;

/** Where a dossier stands; the last four end it. */
public enum DossierStatus {
    /** Submitted online or by post, not yet accepted as complete by the reception officer: no appointment yet. */
    AWAITING_RECEPTION("Chờ tiếp nhận"),
    RECEIVED("Đã tiếp nhận"),
    IN_PROCESS("Đang giải quyết"),
    SUPPLEMENT_REQUESTED("Yêu cầu bổ sung hồ sơ"),
    AWAITING_FEE("Chờ nộp phí, lệ phí"),
    FINISHED("Đã có kết quả"),
    RETURNED("Trả lại hồ sơ"),
    REJECTED("Từ chối giải quyết"),
    WITHDRAWN("Đã rút hồ sơ");

    private final String label;

    DossierStatus(String label) {
        this.label = label;
    }

    /** The Vietnamese name the citizen sees. */
    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == FINISHED || this == RETURNED || this == REJECTED || this == WITHDRAWN;
    }
}
