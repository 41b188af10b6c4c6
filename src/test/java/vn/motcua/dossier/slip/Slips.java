package vn.motcua.dossier.slip;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;

/** Test slips: a birth-group dossier received at a provincial one-stop centre. */
final class Slips {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private Slips() {
    }

    static AppointmentSlip aBirthGroupSlip() {
        return new AppointmentSlip(
                "Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh", "000.00.04.H56", "000.00.04.H56-260122-0001",
                "Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
                "Nguyễn Thị Hoà", "022190001234", "0912 345 678",
                "Số 12, ngõ 34, đường Nguyễn Văn Cừ, phường Hồng Hải, tỉnh Quảng Ninh", "Trực tuyến",
                List.of(new SlipComponent("Tờ khai đăng ký khai sinh", "Bản điện tử, 1 trang"),
                        new SlipComponent("Giấy chứng sinh", "Bản điện tử, 1 trang"),
                        new SlipComponent("Tờ khai thay đổi thông tin cư trú (CT01)", "Bản điện tử, 2 trang"),
                        new SlipComponent("Giấy chứng nhận kết hôn của cha mẹ", "Tái sử dụng từ kho dữ liệu"),
                        new SlipComponent("Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế (TK1-TS)",
                                "Bản điện tử, 3 trang")),
                ZonedDateTime.of(2026, 1, 22, 8, 35, 0, 0, HANOI), ZonedDateTime.of(2026, 1, 27, 10, 5, 0, 0, HANOI),
                "Trần Văn Bình", "https://dichvucong.quangninh.gov.vn/tra-cuu-ho-so?ma=000.00.04.H56-260122-0001");
    }

    static AppointmentSlip withComponents(AppointmentSlip slip, List<SlipComponent> components) {
        return new AppointmentSlip(slip.officeName(), slip.officeCode(), slip.dossierCode(), slip.procedureName(),
                slip.applicantName(), slip.applicantIdNumber(), slip.applicantPhone(), slip.applicantAddress(),
                slip.channel(), components, slip.receivedAt(), slip.dueAt(), slip.receivedBy(), slip.lookupUrl());
    }

    static AppointmentSlip withDossierCode(AppointmentSlip slip, String dossierCode) {
        return new AppointmentSlip(slip.officeName(), slip.officeCode(), dossierCode, slip.procedureName(),
                slip.applicantName(), slip.applicantIdNumber(), slip.applicantPhone(), slip.applicantAddress(),
                slip.channel(), slip.components(), slip.receivedAt(), slip.dueAt(), slip.receivedBy(),
                slip.lookupUrl().replace(slip.dossierCode(), dossierCode));
    }

    static AppointmentSlip withTimes(AppointmentSlip slip, ZonedDateTime receivedAt, ZonedDateTime dueAt) {
        return new AppointmentSlip(slip.officeName(), slip.officeCode(), slip.dossierCode(), slip.procedureName(),
                slip.applicantName(), slip.applicantIdNumber(), slip.applicantPhone(), slip.applicantAddress(),
                slip.channel(), slip.components(), receivedAt, dueAt, slip.receivedBy(), slip.lookupUrl());
    }

    /** Forty components whose names are far longer than a line of A5. */
    static List<SlipComponent> fortyLongComponents() {
        return IntStream.rangeClosed(1, 40)
                .mapToObj(i -> new SlipComponent("Thành phần số " + i + ": bản sao có chứng thực giấy tờ chứng minh "
                        + "quan hệ nhân thân, nơi cư trú và quyền sử dụng chỗ ở hợp pháp của người đề nghị đăng ký, "
                        + "kèm văn bản đồng ý của chủ hộ và chủ sở hữu chỗ ở hợp pháp theo quy định của pháp luật",
                        i % 3 == 0 ? "Tái sử dụng từ kho dữ liệu" : "Bản điện tử, " + i + " trang"))
                .toList();
    }
}
