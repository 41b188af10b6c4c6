package vn.motcua.dossier.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.Dossiers;
import vn.motcua.interagency.CitizenNotifier;
import vn.motcua.interagency.Notification;
import vn.motcua.shared.ProcessDossiers;

/**
 * What process models call as {@code notifications}, e.g.
 * {@code ${notifications.send(execution, 'RESULT_ISSUED')}}: tells the applicant, in Vietnamese, by the
 * channels the centre has switched on. A failed channel never fails the dossier.
 */
@Component("notifications")
public class NotificationExpressions {

    private final Dossiers dossiers;
    private final CitizenNotifier notifier;
    private final ProcessDossiers processDossiers;

    NotificationExpressions(Dossiers dossiers, CitizenNotifier notifier, ProcessDossiers processDossiers) {
        this.dossiers = dossiers;
        this.notifier = notifier;
        this.processDossiers = processDossiers;
    }

    public void send(DelegateExecution execution, String kind) {
        String code = processDossiers.codeOf(execution);
        var applicant = dossiers.applicantOf(code);
        var type = Notification.Kind.valueOf(kind);
        notifier.notify(new Notification(code, type, applicant.phone(), applicant.email(), message(type)));
    }

    /** The message without the dossier code, which every channel puts in front of it. */
    private static String message(Notification.Kind kind) {
        return switch (kind) {
            case RECEIVED -> "đã được tiếp nhận.";
            case SUPPLEMENT_REQUESTED -> "cần bổ sung; xem nội dung yêu cầu khi tra cứu hồ sơ.";
            case RESULT_ISSUED -> "đã có kết quả điện tử trong kho dữ liệu của bạn.";
            case COMPLETED -> "đã giải quyết xong.";
            case REFUSED -> "không được giải quyết; xem lý do khi tra cứu hồ sơ.";
            case APOLOGY -> "bị chậm; cơ quan xin lỗi và hẹn lại ngày trả kết quả.";
            // the fee-collection step sends these with the amount and dates (FeeNotices); these are the short forms
            case FEE_DUE -> "cần nộp phí, lệ phí; xem số tiền khi tra cứu hồ sơ.";
            case PAYMENT_REMINDER -> "chưa được thanh toán phí, lệ phí.";
            case PAYMENT_EXPIRED -> "có yêu cầu thanh toán đã hết hạn.";
            case FEE_PAID -> "đã nộp phí, lệ phí; biên lai điện tử có khi tra cứu hồ sơ.";
        };
    }
}
