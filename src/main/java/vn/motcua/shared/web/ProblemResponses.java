package vn.motcua.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import vn.motcua.shared.Conflict;
import vn.motcua.shared.DossierOfAnotherOffice;
import vn.motcua.shared.InvalidRequest;
import vn.motcua.shared.NotFound;
import vn.motcua.shared.Unavailable;
import vn.motcua.shared.UntrustedJson;

/**
 * Bad input to our API becomes an RFC 9457 problem response naming every bad field, a system we depend on that does
 * not answer a 503 to try again later; never a 500.
 */
@RestControllerAdvice(basePackages = "vn.motcua")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    static final URI INVALID_REQUEST = URI.create("https://motcua.vn/problems/invalid-request");
    static final URI UNPROCESSABLE = URI.create("https://motcua.vn/problems/unprocessable-request");
    static final URI ANOTHER_OFFICE = URI.create("https://motcua.vn/problems/another-office");

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        var detail = problem(e.problems());
        if (e.isUnprocessable()) {
            detail.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            detail.setType(UNPROCESSABLE);
            detail.setTitle("Request cannot be processed");
        }
        return detail;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        var detail = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        detail.setTitle("Not found");
        return detail;
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        var detail = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        detail.setTitle("Conflict");
        return detail;
    }

    @ExceptionHandler(DossierOfAnotherOffice.class)
    ProblemDetail anotherOffice(DossierOfAnotherOffice e) {
        var detail = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        detail.setType(ANOTHER_OFFICE);
        detail.setTitle("Forbidden");
        detail.setProperty("errors", List.of(Map.of("field", DossierOfAnotherOffice.FIELD, "message", e.getMessage())));
        return detail;
    }

    @ExceptionHandler(Unavailable.class)
    ResponseEntity<ProblemDetail> unavailable(Unavailable e) {
        log.warn("answered 503: {}", e.getMessage(), e.getCause());
        var detail = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.publicMessage());
        detail.setTitle("Service unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60").body(detail);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return problem(List.of(new InvalidRequest.FieldProblem(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return problem(List.of(new InvalidRequest.FieldProblem(e.getName(), "'" + e.getValue() + "' is not valid")));
    }

    /** A JSON body with a repeated key, a value of the wrong type, too deep or not JSON at all; or no body. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(List.of(UntrustedJson.problem("body", e)));
    }

    /** A multipart body Tomcat cannot parse: truncated, without or with the wrong boundary, a part without headers. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail brokenMultipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException) {
            var detail = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    "Yêu cầu quá lớn / the request is too large");
            detail.setTitle("Payload too large");
            return detail;
        }
        return problem(List.of(new InvalidRequest.FieldProblem("body",
                "không phải multipart/form-data đọc được (thiếu hoặc sai boundary, bị cắt cụt, phần không có tiêu đề)"
                        + " / is not readable multipart/form-data (missing or wrong boundary, truncated, a part without headers)")));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return problem(List.of(new InvalidRequest.FieldProblem(e.getRequestPartName(),
                "thiếu phần tệp (có tên tệp) này / this file part (with a file name) is required")));
    }

    private static ProblemDetail problem(List<InvalidRequest.FieldProblem> problems) {
        var detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        detail.setType(INVALID_REQUEST);
        detail.setTitle("Invalid request");
        detail.setProperty("errors", problems.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return detail;
    }
}
