package vn.motcua.fee;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.Time;

/** The fee lines of dossiers. Recording is idempotent: a retried step records nothing twice. */
@Service
@Transactional
public class Fees {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Fees(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Records the lines unless the dossier has fee lines already, publishing {@link FeeLinesRecorded};
     * returns the dossier's lines.
     */
    public List<FeeLine> record(String dossierCode, List<FeeLine> lines) {
        if (linesOf(dossierCode).isEmpty()) {
            var now = OffsetDateTime.ofInstant(Time.now(), ZoneOffset.UTC);
            for (int i = 0; i < lines.size(); i++) {
                FeeLine line = lines.get(i);
                jdbc.sql("insert into mc_fee_line (dossier_code, line_no, description, amount_vnd, exemption, recorded_at) values (?, ?, ?, ?, ?, ?)")
                        .params(dossierCode, i + 1, line.description(), line.amountVnd(), line.exemption(), now).update();
            }
            events.publishEvent(new FeeLinesRecorded(dossierCode, lines.stream().mapToLong(FeeLine::amountVnd).sum()));
        }
        return linesOf(dossierCode);
    }

    @Transactional(readOnly = true)
    public List<FeeLine> linesOf(String dossierCode) {
        return jdbc.sql("select description, amount_vnd, exemption from mc_fee_line where dossier_code = ? order by line_no")
                .param(dossierCode)
                .query((rs, n) -> new FeeLine(rs.getString("description"), rs.getLong("amount_vnd"), rs.getString("exemption")))
                .list();
    }

    public long totalOf(String dossierCode) {
        return linesOf(dossierCode).stream().mapToLong(FeeLine::amountVnd).sum();
    }
}
