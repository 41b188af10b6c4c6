package vn.motcua.digitisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Document metadata in mc_document. */
@Repository
class DocumentRows {

    private static final String COLUMNS = """
            select id, owner_id_number, sha256, format, size_bytes, pages, file_name, component_code, scanned_by, scanned_at
            from mc_document""";

    private static final String INSERT = """
            insert into mc_document
                (id, owner_id_number, sha256, format, size_bytes, pages, file_name, component_code, scanned_by, scanned_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    DocumentRows(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<StoredDocument> find(UUID id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(DocumentRows::row).optional();
    }

    Optional<StoredDocument> findForOwner(UUID id, String ownerIdNumber) {
        return jdbc.sql(COLUMNS + " where id = ? and owner_id_number = ?").params(id, ownerIdNumber)
                .query(DocumentRows::row).optional();
    }

    List<StoredDocument> ofOwner(String ownerIdNumber) {
        return jdbc.sql(COLUMNS + " where owner_id_number = ? order by scanned_at desc, id").param(ownerIdNumber)
                .query(DocumentRows::row).list();
    }

    /** The owner's document with these bytes for this component (null: for none). */
    Optional<StoredDocument> findSame(String ownerIdNumber, String sha256, String componentCode) {
        return jdbc.sql(COLUMNS + " where owner_id_number = ? and sha256 = ? and component_code is not distinct from ?")
                .params(ownerIdNumber, sha256, componentCode).query(DocumentRows::row).optional();
    }

    void insert(StoredDocument d) {
        jdbc.sql(INSERT).params(values(d)).update();
    }

    /** Inserts the rows in one batch. */
    void insertAll(List<StoredDocument> documents) {
        batch.batchUpdate(INSERT, documents.stream().map(DocumentRows::values).toList());
    }

    private static Object[] values(StoredDocument d) {
        return new Object[] {d.id(), d.ownerIdNumber(), d.sha256(), d.format().name(), d.size(), d.pages(), d.fileName(),
                d.componentCode(), d.scannedBy(), d.scannedAt().atOffset(ZoneOffset.UTC)};
    }

    /** Which of these blobs some document refers to. */
    Set<String> referenced(Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select distinct sha256 from mc_document where sha256 in (:hashes)")
                .param("hashes", hashes).query(String.class).list());
    }

    private static StoredDocument row(ResultSet rs, int n) throws SQLException {
        int pageCount = rs.getInt("pages");
        Integer pages = rs.wasNull() ? null : pageCount;
        return new StoredDocument(rs.getObject("id", UUID.class), rs.getString("owner_id_number"), rs.getString("sha256"),
                DocumentFormat.valueOf(rs.getString("format")), rs.getLong("size_bytes"), pages,
                rs.getString("file_name"), rs.getString("component_code"), rs.getString("scanned_by"),
                rs.getObject("scanned_at", OffsetDateTime.class).toInstant());
    }
}
