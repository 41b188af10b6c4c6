package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;

/**
 * Migration 22 on a database of the version before, as H2 and PostgreSQL run it: the components handed in twice under
 * the old key become versions in the order of their digitisation, with who handed each in and when, and the same
 * document may then come back as a later version.
 */
public final class ComponentVersionsUpgrade {

    private static final String D1 = "00000000-0000-0000-0000-00000000d001";
    private static final String D2 = "00000000-0000-0000-0000-00000000d002";
    private static final String D3 = "00000000-0000-0000-0000-00000000d003";

    private ComponentVersionsUpgrade() {
    }

    /** Migrates an empty database (in that schema, null for the default) to before 22, fills it, migrates it to 22 and checks. */
    public static void check(String url, String user, String password, String schema) throws SQLException {
        migrate(url, user, password, schema, "10");
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            if (schema != null) {
                db.setSchema(schema);
            }
            try (Statement sql = db.createStatement()) {
                sql.execute("insert into mc_office (id, code, name, province) values ('xa-cu', '000.00.99.H56', 'Xã Cũ', 'Tỉnh Mẫu')");
                sql.execute("""
                        insert into mc_dossier (code, office_id, procedure_code, channel, status, applicant_name, applicant_id_number,
                            received_at, due_at)
                        values ('OLD-1', 'xa-cu', '9.000001.000.00.00.H56', 'ONLINE', 'IN_PROCESS', 'Nguyễn Thị Hoà', '001203004005',
                            timestamp with time zone '2026-03-02 09:01:00+07', timestamp with time zone '2026-03-05 09:01:00+07')""");
                sql.execute(document(D1, "DON_DE_NGHI", "online", "2026-03-02 09:00:00+07"));
                sql.execute(document(D2, "DON_DE_NGHI", "letan.cu", "2026-03-02 09:30:00+07"));
                sql.execute(document(D3, "GIAY_TO_TUY_THAN", "online", "2025-11-20 14:00:00+07"));
                // the scan first, then the upload it replaced: the old key kept no order
                sql.execute("insert into mc_dossier_component (dossier_code, component_code, document_id, reused) values ('OLD-1', 'DON_DE_NGHI', '" + D2 + "', false)");
                sql.execute("insert into mc_dossier_component (dossier_code, component_code, document_id, reused) values ('OLD-1', 'DON_DE_NGHI', '" + D1 + "', false)");
                sql.execute("insert into mc_dossier_component (dossier_code, component_code, document_id, reused) values ('OLD-1', 'GIAY_TO_TUY_THAN', '" + D3 + "', true)");
            }
        }

        migrate(url, user, password, schema, "22");

        try (Connection db = DriverManager.getConnection(url, user, password)) {
            if (schema != null) {
                db.setSchema(schema);
            }
            assertThat(versions(db)).containsExactly(
                    "DON_DE_NGHI|1|" + D1 + "|false|online|2026-03-02T02:01Z",
                    "DON_DE_NGHI|2|" + D2 + "|false|letan.cu|2026-03-02T02:30Z",
                    "GIAY_TO_TUY_THAN|1|" + D3 + "|true|online|2026-03-02T02:01Z");
            try (Statement sql = db.createStatement()) {
                sql.execute("""
                        insert into mc_dossier_component (dossier_code, component_code, version, document_id, reused, added_by, added_at)
                        values ('OLD-1', 'DON_DE_NGHI', 3, '%s', false, 'letan.cu', timestamp with time zone '2026-03-03 08:00:00+07')""".formatted(D2));
                assertThatThrownBy(() -> sql.execute("""
                        insert into mc_dossier_component (dossier_code, component_code, version, document_id, reused, added_by, added_at)
                        values ('OLD-1', 'DON_DE_NGHI', 3, '%s', false, 'letan.cu', timestamp with time zone '2026-03-03 08:00:00+07')""".formatted(D1)))
                        .as("one document per version").isInstanceOf(SQLException.class);
            }
        }
    }

    private static void migrate(String url, String user, String password, String schema, String target) {
        var flyway = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").table("mc_schema_history")
                .javaMigrations(new BirthKeyMigration()).target(target);
        if (schema != null) {
            flyway.schemas(schema);
        }
        flyway.load().migrate();
    }

    private static String document(String id, String component, String scannedBy, String scannedAt) {
        return """
                insert into mc_document (id, owner_id_number, sha256, format, size_bytes, pages, file_name, component_code, scanned_by, scanned_at)
                values ('%s', '001203004005', '%s', 'PDF', 1000, 1, 'don.pdf', '%s', '%s', timestamp with time zone '%s')"""
                .formatted(id, id.replace("-", "").repeat(2), component, scannedBy, scannedAt);
    }

    private static List<String> versions(Connection db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement sql = db.createStatement(); var rs = sql.executeQuery("""
                select component_code, version, document_id, reused, added_by, added_at from mc_dossier_component
                where dossier_code = 'OLD-1' order by component_code, version""")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getObject(3) + "|" + rs.getBoolean(4) + "|" + rs.getString(5) + "|"
                        + rs.getObject(6, java.time.OffsetDateTime.class).toInstant().atOffset(java.time.ZoneOffset.UTC)
                                .toString());
            }
        }
        return rows;
    }
}
