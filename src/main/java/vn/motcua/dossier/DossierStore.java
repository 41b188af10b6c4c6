package vn.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Repository;

import vn.motcua.shared.DossierOffices;

/** Dossiers, their events, components and results in the mc_dossier tables. */
@Repository
class DossierStore implements DossierOffices {

    private final JdbcClient jdbc;

    DossierStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(String code, String officeId, String procedureCode, Channel channel, DossierStatus status, Applicant applicant,
            Map<String, String> details, Instant receivedAt, Instant dueAt, Instant finishedAt, String receivedBy, String processInstanceId,
            String idempotencyKey, String requestHash) {
    }

    void insert(Row row) {
        jdbc.sql("""
                insert into mc_dossier (code, office_id, procedure_code, channel, status, applicant_name, applicant_id_number,
                    applicant_phone, applicant_email, applicant_address, details, received_at, due_at, received_by,
                    idempotency_key, request_hash, birth_key)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(row.code(), row.officeId(), row.procedureCode(), row.channel().name(), row.status().name(),
                        row.applicant().name(), row.applicant().idNumber().value(), row.applicant().phone(),
                        row.applicant().email(), row.applicant().address(), json(row.details()), at(row.receivedAt()), at(row.dueAt()),
                        row.receivedBy(), row.idempotencyKey(), row.requestHash(), BirthKey.of(row.details()).orElse(null))
                .update();
    }

    Optional<Row> find(String code, boolean forUpdate) {
        return jdbc.sql("select * from mc_dossier where code = ?" + (forUpdate ? " for update" : ""))
                .param(code).query(DossierStore::row).optional();
    }

    @Override
    public Optional<String> officeOf(String code) {
        return jdbc.sql("select office_id from mc_dossier where code = ?").param(code).query(String.class).optional();
    }

    Optional<Row> findByIdempotencyKey(String key) {
        return jdbc.sql("select * from mc_dossier where idempotency_key = ?").param(key).query(DossierStore::row).optional();
    }

    Optional<Row> findByProcessInstance(String processInstanceId) {
        return jdbc.sql("select * from mc_dossier where process_instance_id = ?").param(processInstanceId)
                .query(DossierStore::row).optional();
    }

    /** Another open or finished dossier of the same procedure for the same birth ({@link BirthKey}). */
    Optional<String> sameProcedureAndBirth(String code, String birthKey) {
        return jdbc.sql("""
                select code from mc_dossier where birth_key = ? and code <> ?
                and procedure_code = (select procedure_code from mc_dossier where code = ?)
                and status not in ('REJECTED', 'WITHDRAWN', 'RETURNED') order by received_at, code""")
                .params(birthKey, code, code).query(String.class).list().stream().findFirst();
    }

    void attachProcess(String code, String processInstanceId) {
        jdbc.sql("update mc_dossier set process_instance_id = ? where code = ?").params(processInstanceId, code).update();
    }

    void changeStatus(String code, DossierStatus status, Instant at) {
        jdbc.sql("update mc_dossier set status = ?, finished_at = ? where code = ?")
                .params(status.name(), status.isFinal() ? at(at) : null, code).update();
    }

    void moveAppointment(String code, Instant dueAt) {
        jdbc.sql("update mc_dossier set due_at = ? where code = ?").params(at(dueAt), code).update();
    }

    /** Appends the event after the dossier's last one; the caller holds the dossier's row lock (or just inserted it). */
    void appendEvent(String code, Dossier.Event event) {
        jdbc.sql("""
                insert into mc_dossier_event (dossier_code, seq, status, at, actor, reason, public_event)
                select ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ? from mc_dossier_event where dossier_code = ?""")
                .params(code, event.status().name(), at(event.at()), event.actor(), event.reason(), event.publicEvent(), code)
                .update();
    }

    /**
     * Adds the document as the component's next version, which makes it the current one; the caller holds the
     * dossier's row lock (or just inserted it), so that versions handed in at once are numbered one after another.
     */
    Dossier.ComponentVersion addComponent(String code, Dossier.ComponentDocument component, String addedBy, Instant addedAt) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from mc_dossier_component where dossier_code = ? and component_code = ?")
                .params(code, component.componentCode()).query(Integer.class).single();
        jdbc.sql("""
                insert into mc_dossier_component (dossier_code, component_code, version, document_id, reused, added_by, added_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(code, component.componentCode(), version, component.documentId(), component.reused(), addedBy, at(addedAt))
                .update();
        return new Dossier.ComponentVersion(component.componentCode(), version, component.documentId(), component.reused(), addedBy, addedAt);
    }

    void addResult(String code, Dossier.ResultDocument result) {
        jdbc.sql("insert into mc_dossier_result (dossier_code, result_code, document_id) values (?, ?, ?)")
                .params(code, result.resultCode(), result.documentId()).update();
    }

    /**
     * What hangs on a dossier: its status history, its components (the current document of each, and every version)
     * and its results, each in its order.
     */
    record Children(List<Dossier.Event> history, List<Dossier.ComponentDocument> components, List<Dossier.ResultDocument> results,
            List<Dossier.ComponentVersion> componentVersions) {
    }

    /** The dossier's history, components and results in one query (one round trip instead of three). */
    Children children(String code) {
        List<Dossier.Event> history = new ArrayList<>();
        List<Dossier.ComponentVersion> versions = new ArrayList<>();
        List<Dossier.ResultDocument> results = new ArrayList<>();
        jdbc.sql("""
                select 'E' as kind, seq, status, at, actor, reason, public_event as flag,
                    cast(null as varchar(32)) as item_code, cast(null as uuid) as document_id
                from mc_dossier_event where dossier_code = ?
                union all
                select 'C', version, cast(null as varchar(24)), added_at, added_by, cast(null as varchar(2000)), reused,
                    component_code, document_id
                from mc_dossier_component where dossier_code = ?
                union all
                select 'R', cast(null as int), cast(null as varchar(24)), cast(null as timestamp with time zone),
                    cast(null as varchar(64)), cast(null as varchar(2000)), cast(null as boolean), result_code, document_id
                from mc_dossier_result where dossier_code = ?
                order by kind, item_code, seq""")
                .params(code, code, code)
                .query((ResultSet rs) -> {
                    switch (rs.getString("kind")) {
                        case "E" -> history.add(new Dossier.Event(DossierStatus.valueOf(rs.getString("status")), instant(rs, "at"),
                                rs.getString("actor"), rs.getString("reason"), rs.getBoolean("flag")));
                        case "C" -> versions.add(new Dossier.ComponentVersion(rs.getString("item_code"), rs.getInt("seq"),
                                rs.getObject("document_id", UUID.class), rs.getBoolean("flag"), rs.getString("actor"), instant(rs, "at")));
                        default -> results.add(new Dossier.ResultDocument(rs.getString("item_code"), rs.getObject("document_id", UUID.class)));
                    }
                });
        return new Children(history, current(versions), results, versions);
    }

    /** The last version of each component, of versions ordered by component and version. */
    static List<Dossier.ComponentDocument> current(List<Dossier.ComponentVersion> versions) {
        Map<String, Dossier.ComponentDocument> last = new TreeMap<>();
        versions.forEach(v -> last.put(v.componentCode(), v.document()));
        return List.copyOf(last.values());
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        var applicant = new Applicant(rs.getString("applicant_name"), new IdNumber(rs.getString("applicant_id_number")),
                rs.getString("applicant_phone"), rs.getString("applicant_email"), rs.getString("applicant_address"));
        return new Row(rs.getString("code"), rs.getString("office_id"), rs.getString("procedure_code"),
                Channel.valueOf(rs.getString("channel")), DossierStatus.valueOf(rs.getString("status")), applicant,
                details(rs.getString("details")), instant(rs, "received_at"), instant(rs, "due_at"), instant(rs, "finished_at"), rs.getString("received_by"),
                rs.getString("process_instance_id"), rs.getString("idempotency_key"), rs.getString("request_hash"));
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String json(Map<String, String> details) {
        try {
            return details.isEmpty() ? null : JSON.writeValueAsString(new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> details(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable details of a dossier", e);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
