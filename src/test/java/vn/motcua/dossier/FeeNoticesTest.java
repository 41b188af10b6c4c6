package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.fee.FeeLine;

/** What the fee-collection step tells the citizen and shows the clerk, word for word. */
class FeeNoticesTest {

    private static final String LOOKUP = "https://dichvucong.example.vn/api/public/dossiers/000.00.21.H56-260302-0001";

    @Test
    void tellsTheAmountInFiguresAndWordsTheDeadlineAndBothWaysToPay() {
        assertThat(FeeNotices.due(FeeCollection.amount(24_000), "08:30 ngày 04/03/2026", LOOKUP)).isEqualTo(
                "cần nộp phí, lệ phí 24.000 đồng (Hai mươi bốn nghìn đồng) trước 08:30 ngày 04/03/2026. Thanh toán trực tuyến khi"
                        + " tra cứu hồ sơ tại " + LOOKUP + ", hoặc nộp tại Bộ phận Một cửa. Quá hạn không nộp, hồ sơ bị từ chối giải quyết.");
    }

    @Test
    void remindsAndTellsOfAnExpiredRequestWithTheDeadline() {
        assertThat(FeeNotices.reminder(FeeCollection.amount(12_000), "08:30 ngày 04/03/2026", LOOKUP))
                .startsWith("yêu cầu thanh toán trực tuyến phí, lệ phí 12.000 đồng (Mười hai nghìn đồng) đang chờ bạn thanh toán.")
                .contains("Hạn nộp phí: 08:30 ngày 04/03/2026");
        assertThat(FeeNotices.requestExpired("08:30 ngày 04/03/2026", LOOKUP))
                .startsWith("yêu cầu thanh toán trực tuyến đã hết hạn mà chưa được thanh toán. Bạn có thể tạo yêu cầu thanh toán mới")
                .endsWith("trước 08:30 ngày 04/03/2026.");
    }

    @Test
    void givesTheReceiptNumberAndLink() {
        assertThat(FeeNotices.paid(FeeCollection.amount(1_250_000), "00000042", "https://x.vn/api/public/receipts/abc"))
                .isEqualTo("đã nộp phí, lệ phí 1.250.000 đồng (Một triệu hai trăm năm mươi nghìn đồng). Biên lai điện tử số 00000042:"
                        + " https://x.vn/api/public/receipts/abc");
    }

    @Test
    void listsTheLinesForTheClerkWithTheExemptionThatWaivedOne() {
        assertThat(FeeCollection.linesText(List.of(new FeeLine("Lệ phí đăng ký khai sinh", 0, "DANG_KY_DUNG_HAN"),
                new FeeLine("Phí chứng thực bản sao từ bản chính", 14_000, null)))).isEqualTo("""
                - Lệ phí đăng ký khai sinh: 0 đồng (miễn: Đăng ký khai sinh đúng hạn)
                - Phí chứng thực bản sao từ bản chính: 14.000 đồng""");
        assertThat(FeeCollection.linesText(List.of())).isEqualTo("(thủ tục không thu phí, lệ phí)");
    }
}
