package vn.motcua.reporting.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.reporting.Ratings;
import vn.motcua.reporting.Satisfaction;
import vn.motcua.shared.InvalidRequest;

/** The citizen rates the handling of a dossier once it has its result (no login; the personal id number as for every public dossier call). */
@RestController
@Tag(name = "Hồ sơ (công dân) / Dossiers (citizens)")
class RatingController {

    private final Ratings ratings;

    RatingController(Ratings ratings) {
        this.ratings = ratings;
    }

    record RatingRequest(String idNumber, String rating, String comment) {
    }

    record RatingView(String dossierCode, String rating, String ratingLabel, String comment, java.time.Instant ratedAt) {
    }

    @Operation(summary = "Rate a dossier after its result",
            description = "JSON {idNumber, rating: RAT_HAI_LONG | HAI_LONG | CHAP_NHAN_DUOC | KHONG_HAI_LONG, comment (optional, at most"
                    + " 1000 characters)}. 201; 404 for a wrong id number; 409 before the result and for a second rating.")
    @PostMapping("/api/public/dossiers/{code}/rating")
    @ResponseStatus(HttpStatus.CREATED)
    RatingView rate(@PathVariable String code, @RequestBody(required = false) RatingRequest request) {
        List<InvalidRequest.FieldProblem> problems = new ArrayList<>();
        if (request == null || request.idNumber() == null || request.idNumber().isBlank()) {
            problems.add(new InvalidRequest.FieldProblem("idNumber", "is required"));
        }
        Satisfaction value = null;
        if (request == null || request.rating() == null || Arrays.stream(Satisfaction.values()).noneMatch(s -> s.name().equals(request.rating()))) {
            problems.add(new InvalidRequest.FieldProblem("rating", "must be one of RAT_HAI_LONG, HAI_LONG, CHAP_NHAN_DUOC, KHONG_HAI_LONG"));
        } else {
            value = Satisfaction.valueOf(request.rating());
        }
        String comment = request == null || request.comment() == null || request.comment().isBlank() ? null : request.comment().trim();
        if (comment != null && comment.length() > 1000) {
            problems.add(new InvalidRequest.FieldProblem("comment", "at most 1000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        var rating = ratings.rate(code, request.idNumber().trim(), value, comment);
        return new RatingView(rating.dossierCode(), rating.value().name(), rating.value().label(), rating.comment(), rating.ratedAt());
    }
}
