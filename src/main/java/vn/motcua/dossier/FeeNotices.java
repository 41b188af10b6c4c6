package vn.motcua.dossier;

/**
 * What the fee-collection step tells the citizen, in Vietnamese, without the dossier code (every channel puts
 * it in front).
 */
final class FeeNotices {

    private FeeNotices() {
    }

    static String due(String amount, String dueText, String lookupUrl) {
        return "cần nộp phí, lệ phí " + amount + " trước " + dueText + ". Thanh toán trực tuyến khi tra cứu hồ sơ tại "
                + lookupUrl + ", hoặc nộp tại Bộ phận Một cửa. Quá hạn không nộp, hồ sơ bị từ chối giải quyết.";
    }

    static String reminder(String amount, String dueText, String lookupUrl) {
        return "yêu cầu thanh toán trực tuyến phí, lệ phí " + amount + " đang chờ bạn thanh toán. Hạn nộp phí: " + dueText
                + " (tra cứu hồ sơ tại " + lookupUrl + ").";
    }

    static String requestExpired(String dueText, String lookupUrl) {
        return "yêu cầu thanh toán trực tuyến đã hết hạn mà chưa được thanh toán. Bạn có thể tạo yêu cầu thanh toán mới khi tra cứu"
                + " hồ sơ tại " + lookupUrl + ", hoặc nộp tại Bộ phận Một cửa, trước " + dueText + ".";
    }

    static String paid(String amount, String receiptNumber, String receiptUrl) {
        return "đã nộp phí, lệ phí " + amount + ". Biên lai điện tử số " + receiptNumber + ": " + receiptUrl;
    }
}
