package vn.motcua.interagency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The e-mail channel: a subject that says what happened to which dossier, the message as the body. */
final class EmailNotifier implements CitizenNotifier {

    private static final Logger log = LoggerFactory.getLogger(EmailNotifier.class);

    private final EmailSender sender;

    EmailNotifier(EmailSender sender) {
        this.sender = sender;
    }

    @Override
    public void notify(Notification notification) {
        if (notification.email() == null || notification.email().isBlank()) {
            log.debug("No e-mail for dossier {} ({}): the citizen gave no address", notification.dossierCode(),
                    notification.kind());
            return;
        }
        sender.send(new EmailMessage(notification.email().strip(), subject(notification), body(notification)));
    }

    static String subject(Notification notification) {
        String code = notification.dossierCode();
        return switch (notification.kind()) {
            case RECEIVED -> "Hồ sơ " + code + " đã được tiếp nhận";
            case SUPPLEMENT_REQUESTED -> "Hồ sơ " + code + " cần bổ sung";
            case RESULT_ISSUED -> "Hồ sơ " + code + " đã có kết quả";
            case COMPLETED -> "Hồ sơ " + code + " đã hoàn thành";
            case REFUSED -> "Hồ sơ " + code + " bị từ chối";
            case APOLOGY -> "Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ " + code;
            case FEE_DUE -> "Hồ sơ " + code + " cần nộp phí, lệ phí";
            case PAYMENT_REMINDER -> "Nhắc thanh toán phí, lệ phí hồ sơ " + code;
            case PAYMENT_EXPIRED -> "Yêu cầu thanh toán phí, lệ phí hồ sơ " + code + " đã hết hạn";
            case FEE_PAID -> "Biên lai điện tử phí, lệ phí hồ sơ " + code;
        };
    }

    private static String body(Notification notification) {
        return "Kính gửi Ông/Bà,\n\n" + notification.message() + "\n\nMã hồ sơ: " + notification.dossierCode()
                + "\n\nThư này được gửi tự động, xin đừng trả lời.\n";
    }
}
