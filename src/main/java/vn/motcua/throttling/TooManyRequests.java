package vn.motcua.throttling;

import java.io.IOException;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The answer to a request over a limit: 429, {@code Retry-After} in whole seconds, and an RFC 9457 problem saying
 * in Vietnamese and English what was too much and when to try again. Written by the throttles' servlet filters,
 * which run before any controller (and before the webapps' and the engine REST API's own handlers).
 */
final class TooManyRequests {

    static final String TYPE = "https://motcua.vn/problems/too-many-requests";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What went over its limit, in both languages; {@code %d} stands for the seconds to wait. */
    enum Reason {
        PUBLIC_REQUESTS("Quá nhiều yêu cầu từ địa chỉ của bạn", "Too many requests from your address"),
        LOOKUP_FAILURES_FROM_ADDRESS("Quá nhiều lần tra cứu sai mã hồ sơ hoặc số định danh từ địa chỉ của bạn",
                "Too many lookups with a wrong dossier code or id number from your address"),
        LOOKUP_FAILURES_OF_DOSSIER("Hồ sơ này đã bị tra cứu sai quá nhiều lần",
                "This dossier was looked up with a wrong id number too many times"),
        LOGIN_FAILURES_FROM_ADDRESS("Quá nhiều lần đăng nhập sai từ địa chỉ của bạn", "Too many failed logins from your address"),
        LOGIN_FAILURES_OF_ACCOUNT("Quá nhiều lần đăng nhập sai vào tài khoản này từ địa chỉ của bạn",
                "Too many failed logins to this account from your address");

        private final String vi;
        private final String en;

        Reason(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }

        String detail(long seconds) {
            return vi + "; vui lòng thử lại sau " + seconds + " giây / " + en + "; please try again in " + seconds + " seconds";
        }
    }

    private TooManyRequests() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, Reason reason, Duration wait) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        var problem = JSON.createObjectNode();
        problem.put("type", TYPE);
        problem.put("title", "Quá nhiều yêu cầu / Too many requests");
        problem.put("status", 429);
        problem.put("detail", reason.detail(seconds));
        problem.put("instance", request.getRequestURI());
        problem.put("retryAfter", seconds);
        response.resetBuffer();
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
