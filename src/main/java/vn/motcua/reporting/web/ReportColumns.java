package vn.motcua.reporting.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import vn.motcua.reporting.PeriodicReport;
import vn.motcua.reporting.PeriodicReport.Row;

/**
 * The columns of the exported periodic report with their Vietnamese headings: those of Circular 01/2020/TT-VPCP
 * form II.06a, then what one-stop reports add.
 */
final class ReportColumns {

    static final String TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";
    static final String FORM = "Mẫu II.06a (Thông tư 01/2020/TT-VPCP)";
    static final String NUMBER = "STT";
    static final String FIELD = "Lĩnh vực giải quyết";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    /** One column of numbers: the heading of its group, its own heading, and the number it shows. */
    record Column(String group, String heading, ToLongFunction<Row> value) {
    }

    static final String RECEIVED = "Số hồ sơ nhận giải quyết";
    static final String RESOLVED = "Số hồ sơ đã giải quyết";
    static final String IN_PROCESS = "Số hồ sơ đang giải quyết";
    static final String ONE_STOP = "Thông tin bổ sung của Bộ phận Một cửa";

    static final List<Column> COLUMNS = List.of(
            new Column(RECEIVED, "Tổng số", r -> r.received().total()),
            new Column(RECEIVED, "Số kỳ trước chuyển qua", r -> r.received().carriedOver()),
            new Column(RECEIVED, "Số mới tiếp nhận trực tuyến", r -> r.received().online()),
            new Column(RECEIVED, "Số mới tiếp nhận trực tiếp, dịch vụ bưu chính", r -> r.received().counterOrPostal()),
            new Column(RESOLVED, "Tổng số", r -> r.resolved().total()),
            new Column(RESOLVED, "Trả trước hạn", r -> r.resolved().early()),
            new Column(RESOLVED, "Trả đúng hạn", r -> r.resolved().onTime()),
            new Column(RESOLVED, "Trả quá hạn", r -> r.resolved().overdue()),
            new Column(IN_PROCESS, "Tổng số", r -> r.inProcess().total()),
            new Column(IN_PROCESS, "Trong hạn", r -> r.inProcess().withinTerm()),
            new Column(IN_PROCESS, "Quá hạn", r -> r.inProcess().overdue()),
            new Column(ONE_STOP, "Từ chối giải quyết, trả lại", PeriodicReport.Row::rejected),
            new Column(ONE_STOP, "Rút hồ sơ", PeriodicReport.Row::withdrawn),
            new Column(ONE_STOP, "Đang chờ bổ sung", PeriodicReport.Row::awaitingSupplement),
            new Column(ONE_STOP, "Phiếu xin lỗi và hẹn lại", PeriodicReport.Row::apologyLetters),
            new Column(ONE_STOP, "Phải nộp phí, lệ phí", PeriodicReport.Row::feeBearing),
            new Column(ONE_STOP, "Đã thanh toán trực tuyến", PeriodicReport.Row::paidOnline),
            new Column(ONE_STOP, "Được số hóa", PeriodicReport.Row::digitised),
            new Column(ONE_STOP, "Tái sử dụng dữ liệu số hóa", PeriodicReport.Row::reused));

    private ReportColumns() {
    }

    /** "Kỳ báo cáo: từ ngày 01/01/2026 đến ngày 31/03/2026". */
    static String period(PeriodicReport report) {
        return "Kỳ báo cáo: từ ngày " + DAY.format(report.from()) + " đến ngày " + DAY.format(report.to());
    }

    /** "Số liệu tính đến 10:00 ngày 08/12/2026 (UTC+07:00)": the end of the period, or when the report was made while it runs. */
    static String asOf(PeriodicReport report) {
        return "Số liệu tính đến " + AS_OF.format(report.asOf()) + " (UTC" + report.asOf().getOffset() + ")";
    }

    /** "Trả trước hạn: trả trước ngày hẹn trả (BEFORE_APPOINTMENT_DAY)": the rule the report counted early by. */
    static String earlyRule(PeriodicReport report) {
        return "Trả trước hạn: " + report.earlyRule().label() + " (" + report.earlyRule() + ")";
    }

    /** "Đơn vị: Xã An Phú (000.00.21.H56), …". */
    static String offices(PeriodicReport report) {
        return "Đơn vị: " + report.offices().stream().map(o -> o.name() + " (" + o.code() + ")").collect(Collectors.joining(", "));
    }
}
