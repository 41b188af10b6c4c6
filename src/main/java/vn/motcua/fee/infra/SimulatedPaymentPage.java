package vn.motcua.fee.infra;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

import io.swagger.v3.oas.annotations.Hidden;
import vn.motcua.fee.VietnameseAmount;

/**
 * The simulated gateway's payment page, where {@code paymentUrl} leads: it shows the amount and, while the
 * request is open, the buttons "Thanh toán" and "Huỷ". Pressing one makes the simulator send its signed
 * callback (PAID or DECLINED) to the node that served the page, as the real gateway would to our callback
 * URL. Every page says in large letters that it is a simulator and that no money moves.
 */
@Controller
@Hidden
class SimulatedPaymentPage {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final SimulatedPaymentGateway gateway;

    SimulatedPaymentPage(SimulatedPaymentGateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping(value = "/simulator/pay/{reference}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String reference) {
        var request = gateway.opened(reference);
        if (request.isEmpty()) {
            return html(HttpStatus.NOT_FOUND, "Không tìm thấy yêu cầu thanh toán",
                    "<p>Cổng thanh toán mô phỏng không có yêu cầu mã <b>" + escape(reference) + "</b> (có thể máy chủ đã khởi động lại)."
                            + " Hãy tạo yêu cầu thanh toán mới khi tra cứu hồ sơ.</p>");
        }
        var opened = request.get();
        String details = details(opened);
        var answer = gateway.answerOf(reference);
        if (answer.isPresent()) {
            return html(HttpStatus.OK, "Giao dịch đã được xử lý", details + outcome(answer.get()));
        }
        if (opened.expired()) {
            return html(HttpStatus.OK, "Yêu cầu thanh toán đã hết hạn", details
                    + "<p>Yêu cầu này không còn nhận thanh toán. Hãy tạo yêu cầu mới khi tra cứu hồ sơ, hoặc nộp tại Bộ phận Một cửa.</p>");
        }
        return html(HttpStatus.OK, "Thanh toán phí, lệ phí", details + """
                <form method="post">
                  <button name="action" value="PAY" class="pay">Thanh toán</button>
                  <button name="action" value="CANCEL" class="cancel">Huỷ</button>
                </form>""");
    }

    @PostMapping(value = "/simulator/pay/{reference}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> answer(@PathVariable String reference, @RequestParam(name = "action", required = false) String action,
            HttpServletRequest http) {
        var request = gateway.opened(reference);
        if (request.isEmpty()) {
            return page(reference);
        }
        if (!"PAY".equals(action) && !"CANCEL".equals(action)) {
            return html(HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ", "<p>Hãy chọn <b>Thanh toán</b> hoặc <b>Huỷ</b>.</p>");
        }
        if (gateway.answerOf(reference).isPresent() || request.get().expired()) {
            ResponseEntity<String> current = page(reference);
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.TEXT_HTML).body(current.getBody());
        }
        // the simulator runs inside this application: its callback goes straight back to this node
        String self = "http://localhost:" + http.getLocalPort() + http.getContextPath();
        if ("PAY".equals(action)) {
            gateway.pay(reference, self);
        } else {
            gateway.decline(reference, self);
        }
        return html(HttpStatus.OK, "Giao dịch đã được xử lý", details(request.get()) + outcome(gateway.answerOf(reference).orElseThrow()));
    }

    private static String details(SimulatedPaymentGateway.Opened request) {
        return "<table>"
                + row("Mã yêu cầu thanh toán", request.reference())
                + row("Nội dung", request.description())
                + row("Số tiền", VietnameseAmount.inFigures(request.amountVnd()))
                + row("Bằng chữ", VietnameseAmount.inWords(request.amountVnd()))
                + row("Hạn thanh toán", WHEN.format(request.expiresAt().atZone(VIETNAM)))
                + "</table>";
    }

    private static String outcome(String status) {
        return "PAID".equals(status)
                ? "<p class=\"done\">Thanh toán thành công (mô phỏng). Cổng thanh toán đã gửi kết quả cho hệ thống một cửa;"
                        + " biên lai điện tử sẽ được gửi cho bạn.</p>"
                : "<p class=\"done\">Bạn đã huỷ giao dịch (mô phỏng). Có thể tạo yêu cầu thanh toán mới trước hạn nộp phí.</p>";
    }

    private static String row(String label, String value) {
        return "<tr><th>" + escape(label) + "</th><td>" + escape(value) + "</td></tr>";
    }

    private static ResponseEntity<String> html(HttpStatus status, String title, String body) {
        String page = """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – Cổng thanh toán MÔ PHỎNG</title>
                <style>
                  body { font-family: sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
                  .banner { background: #b00020; color: #fff; padding: 1rem; font-weight: bold; text-align: center; }
                  th { text-align: left; padding: .3rem 1rem .3rem 0; } button { font-size: 1.1rem; padding: .6rem 1.6rem; margin-right: 1rem; }
                  .pay { background: #1b5e20; color: #fff; } .done { font-weight: bold; }
                </style></head>
                <body>
                <div class="banner">CỔNG THANH TOÁN MÔ PHỎNG – chỉ để thử nghiệm, không có giao dịch tiền thật</div>
                <h1>%s</h1>
                %s
                </body></html>""".formatted(escape(title), escape(title), body);
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(page);
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
