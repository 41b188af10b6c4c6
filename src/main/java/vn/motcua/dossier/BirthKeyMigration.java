package vn.motcua.dossier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Migration 9: mc_dossier.birth_key ({@link BirthKey}) with its index, filled in for the dossiers there
 * are. Written in Java because the key folds accents, which SQL cannot do the same way on H2 and
 * PostgreSQL; Spring Boot hands this bean to Flyway with the SQL migrations.
 */
@Component
class BirthKeyMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("9");
    }

    @Override
    public String getDescription() {
        return "dossier birth key";
    }

    @Override
    public Integer getChecksum() {
        return 9;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            // the dossiers of one birth; null for a dossier whose details name none
            ddl.execute("alter table mc_dossier add column birth_key varchar(64)");
            ddl.execute("create index ix_dossier_birth_key on mc_dossier (birth_key)");
        }
        var json = new ObjectMapper();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select code, details from mc_dossier where details like '%\"" + BirthKey.MOTHER + "\"%'");
                PreparedStatement update = connection.prepareStatement("update mc_dossier set birth_key = ? where code = ?")) {
            while (rows.next()) {
                Map<String, String> details = json.readValue(rows.getString("details"), new TypeReference<Map<String, String>>() { });
                var key = BirthKey.of(details);
                if (key.isPresent()) {
                    update.setString(1, key.get());
                    update.setString(2, rows.getString("code"));
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }
}
