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
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.motcua.shared.Conflict;
import vn.motcua.shared.DossierOfAnotherOffice;
import vn.motcua.shared.InvalidRequest;
import vn.motcua.shared.NotFound;
import vn.motcua.shared.Unavailable;

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

    private static ProblemDetail problem(List<InvalidRequest.FieldProblem> problems) {
        var detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        detail.setType(INVALID_REQUEST);
        detail.setTitle("Invalid request");
        detail.setProperty("errors", problems.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return detail;
    }
}
