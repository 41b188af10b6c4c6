package vn.motcua.signing;

/** Why a PDF or one of its signatures is not valid: a stable code for programs, a Vietnamese message for people. */
public enum ProblemCode {

    UNREADABLE_PDF("Tệp không phải là PDF đọc được."),
    NOT_SIGNED("Tài liệu không có chữ ký số."),
    UNSUPPORTED_SIGNATURE("Định dạng chữ ký số không được hỗ trợ."),
    INTEGRITY("Nội dung tài liệu đã bị thay đổi sau khi ký hoặc chữ ký số bị hỏng."),
    CHANGED_AFTER_SIGNING("Tài liệu có nội dung được thêm vào sau chữ ký số cuối cùng."),
    SIGNING_CERTIFICATE_MISMATCH("Chữ ký số không gắn với chứng thư số đi kèm."),
    CERTIFICATE_UNTRUSTED("Chứng thư số không do tổ chức cung cấp dịch vụ chứng thực được tin cậy cấp."),
    CERTIFICATE_EXPIRED("Chứng thư số đã hết hạn tại thời điểm ký."),
    CERTIFICATE_NOT_YET_VALID("Chứng thư số chưa có hiệu lực tại thời điểm ký."),
    KEY_USAGE("Chứng thư số không được phép dùng để ký số."),
    CERTIFICATE_REVOKED("Chứng thư số đã bị thu hồi."),
    REVOCATION_UNKNOWN("Không xác định được tình trạng thu hồi của chứng thư số."),
    TIMESTAMP_INVALID("Dấu thời gian của chữ ký số không hợp lệ.");

    private final String message;

    ProblemCode(String message) {
        this.message = message;
    }

    /** The message in Vietnamese. */
    public String message() {
        return message;
    }
}
