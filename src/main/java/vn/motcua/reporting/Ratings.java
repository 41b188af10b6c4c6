package vn.motcua.reporting;

import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.shared.Conflict;
import vn.motcua.shared.Time;

/**
 * The applicant's rating of a dossier once it has ended with a result or a refusal: once per dossier. Ratings
 * feed the satisfaction indicator.
 */
@Service
@Transactional
public class Ratings {

    private final Dossiers dossiers;
    private final FactStore facts;
    private final JdbcClient jdbc;

    Ratings(Dossiers dossiers, FactStore facts, JdbcClient jdbc) {
        this.dossiers = dossiers;
        this.facts = facts;
        this.jdbc = jdbc;
    }

    /** A rating as given. */
    public record Rating(String dossierCode, Satisfaction value, String comment, Instant ratedAt) {
    }

    /**
     * Records the applicant's rating.
     *
     * @throws vn.motcua.shared.NotFound for an unknown code or another person's id number
     * @throws Conflict                  while the dossier is not finished, or when it was rated already
     */
    public Rating rate(String code, String idNumber, Satisfaction value, String comment) {
        var dossier = dossiers.lookup(code, idNumber);
        if (!dossier.status().isFinal() || dossier.status() == DossierStatus.WITHDRAWN) {
            throw new Conflict("dossier " + code + " is " + dossier.status() + ": it can be rated once it has its result");
        }
        if (find(code).isPresent()) {
            throw new Conflict("dossier " + code + " was rated already");
        }
        Instant now = Time.now();
        try {
            jdbc.sql("insert into mc_rating (dossier_code, rating, comment, rated_at) values (?, ?, ?, ?)")
                    .params(code, value.name(), comment, FactStore.at(now)).update();
        } catch (DuplicateKeyException e) {
            throw new Conflict("dossier " + code + " was rated already");
        }
        facts.rating(code, value.name());
        return new Rating(code, value, comment, now);
    }

    @Transactional(readOnly = true)
    public Optional<Rating> find(String code) {
        return jdbc.sql("select * from mc_rating where dossier_code = ?").param(code)
                .query((rs, n) -> new Rating(rs.getString("dossier_code"), Satisfaction.valueOf(rs.getString("rating")),
                        rs.getString("comment"), rs.getObject("rated_at", java.time.OffsetDateTime.class).toInstant()))
                .optional();
    }
}
