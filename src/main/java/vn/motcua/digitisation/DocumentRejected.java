package vn.motcua.digitisation;

/**
 * A file that cannot be digitised, with a machine code ({@link #code()}) and a message in Vietnamese
 * and English ({@code "<vi> / <en>"}) fit to show the person who sent it.
 */
public class DocumentRejected extends RuntimeException {

    /** Why a file was refused; {@link #code()} is the constant's name. */
    public enum Reason {
        UNSUPPORTED_FORMAT, TOO_LARGE, EMPTY, BAD_FILE_NAME, UNREADABLE_PDF, PDF_OVER_BUDGET
    }

    private final Reason reason;
    private final String messageVi;
    private final String messageEn;

    DocumentRejected(Reason reason, String messageVi, String messageEn) {
        super(messageVi + " / " + messageEn);
        this.reason = reason;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    static DocumentRejected unsupportedFormat() {
        return new DocumentRejected(Reason.UNSUPPORTED_FORMAT, "Chỉ nhận tệp PDF, JPEG hoặc PNG",
                "Only PDF, JPEG and PNG files are accepted");
    }

    static DocumentRejected tooLarge(String limit) {
        return new DocumentRejected(Reason.TOO_LARGE, "Tệp lớn hơn " + limit + " cho phép",
                "The file is larger than the " + limit + " allowed");
    }

    static DocumentRejected empty() {
        return new DocumentRejected(Reason.EMPTY, "Tệp rỗng", "The file is empty");
    }

    static DocumentRejected badFileName(String whyVi, String whyEn) {
        return new DocumentRejected(Reason.BAD_FILE_NAME, "Tên tệp không hợp lệ: " + whyVi, "Invalid file name: " + whyEn);
    }

    static DocumentRejected unreadablePdf() {
        return new DocumentRejected(Reason.UNREADABLE_PDF, "Không đọc được tệp PDF (hỏng, thiếu phần cuối hoặc có mật khẩu)",
                "The PDF cannot be read (damaged, cut off or password-protected)");
    }

    /** A PDF that would take more memory or time to read than {@link PdfBudget} allows. */
    static DocumentRejected overBudget(PdfOverBudget over) {
        return new DocumentRejected(Reason.PDF_OVER_BUDGET, over.messageVi(), over.messageEn());
    }

    /** UNSUPPORTED_FORMAT, TOO_LARGE, EMPTY, BAD_FILE_NAME, UNREADABLE_PDF or PDF_OVER_BUDGET. */
    public String code() {
        return reason.name();
    }

    public Reason reason() {
        return reason;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
    }
}
