package vn.motcua.signing.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.signing.VerificationReport;

/**
 * The verification result as a page a citizen reads on a phone after scanning a QR code: one small,
 * self-contained HTML page (no scripts, no outside resources), every value escaped.
 */
final class VerificationPage {

    static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private VerificationPage() {
    }

    /**
     * @param documentName the document's name, or null when it is not to be shown
     */
    static ResponseEntity<String> of(UUID documentId, String documentName, VerificationReport report) {
        var body = new StringBuilder();
        body.append("<table>");
        if (documentName != null) {
            body.append(row("Tài liệu", documentName));
        }
        body.append(row("Mã tài liệu", documentId.toString())).append("</table>");
        if (report.valid()) {
            body.append("<p class=\"verdict valid\">Hợp lệ</p>")
                    .append("<p>Tài liệu còn nguyên vẹn từ khi được ký; chữ ký số do tổ chức được tin cậy chứng thực.</p>");
        } else {
            body.append("<p class=\"verdict invalid\">Không hợp lệ</p><p>Lý do:</p><ul>");
            for (VerificationReport.Problem problem : report.problems()) {
                String about = problem.signature() == null ? "" : "Chữ ký số thứ " + problem.signature() + ": ";
                body.append("<li>").append(escape(about + problem.message())).append("</li>");
            }
            body.append("</ul>");
        }
        for (VerificationReport.Signature signature : report.signatures()) {
            body.append("<h2>Chữ ký số thứ ").append(signature.number()).append("</h2><table>")
                    .append(row("Người ký / cơ quan ký", signature.signer()))
                    .append(row("Thời điểm ký", signature.signedAt() == null ? "không rõ"
                            : WHEN.format(signature.signedAt().atZoneSameInstant(VIETNAM))))
                    .append(row("Lý do ký", signature.reason() == null ? "" : signature.reason()))
                    .append(row("Dấu thời gian", signature.timeStamped()
                            ? "Có: thời điểm ký được tổ chức cấp dấu thời gian xác nhận"
                            : "Không có: thời điểm ký do người ký tự ghi"))
                    .append(row("Chữ ký này", signature.valid() ? "Hợp lệ" : "Không hợp lệ"))
                    .append("</table>");
        }
        body.append("<p class=\"note\">Trang này không hiển thị nội dung tài liệu. Hãy đối chiếu bản giấy hoặc tệp bạn có"
                + " với mã tài liệu ở trên và hỏi Bộ phận Một cửa nếu có nghi ngờ.</p>");
        return page(HttpStatus.OK, "Kết quả xác thực tài liệu", body.toString());
    }

    static ResponseEntity<String> notFound() {
        return page(HttpStatus.NOT_FOUND, "Không tìm thấy tài liệu",
                "<p>Hệ thống không có tài liệu với mã này. Hãy kiểm tra lại đường dẫn hoặc mã QR, hoặc hỏi Bộ phận Một cửa"
                        + " nơi cấp tài liệu.</p>");
    }

    static ResponseEntity<String> unreadable(String why) {
        return page(HttpStatus.UNPROCESSABLE_ENTITY, "Không kiểm tra được tài liệu",
                "<p class=\"verdict invalid\">Không kiểm tra được</p><p>" + escape(why) + "</p>");
    }

    private static String row(String label, String value) {
        return "<tr><th>" + escape(label) + "</th><td>" + escape(value) + "</td></tr>";
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
        String page = """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                  body { font-family: sans-serif; max-width: 40rem; margin: 1rem auto; padding: 0 1rem; line-height: 1.4; }
                  h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 1.5rem; }
                  th { text-align: left; vertical-align: top; padding: .3rem 1rem .3rem 0; } td { padding: .3rem 0; word-break: break-word; }
                  .verdict { font-size: 2.2rem; font-weight: bold; text-align: center; padding: 1rem; color: #fff; margin: 1rem 0; }
                  .valid { background: #1b5e20; } .invalid { background: #b00020; } .note { color: #555; margin-top: 2rem; }
                </style></head>
                <body>
                <h1>%s</h1>
                %s
                </body></html>""".formatted(escape(title), escape(title), body);
        return ResponseEntity.status(status).contentType(HTML_UTF8).body(page);
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
