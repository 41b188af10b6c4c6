package vn.motcua.postgres;

import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import vn.motcua.dossier.ComponentVersionsUpgrade;

/** Migration 22 on PostgreSQL, in a schema of its own in the throw-away database (the other tests use its default schema). */
@EnabledIfEnvironmentVariable(named = "MOTCUA_TEST_DB_URL", matches = "jdbc:postgresql:.+")
class ComponentVersionsMigrationOnPostgresTest {

    @Test
    void numbersTheComponentsOfAnEarlierVersionInTheOrderTheyWereDigitisedAndKeepsWhoAndWhen() throws Exception {
        String url = System.getenv("MOTCUA_TEST_DB_URL");
        String user = System.getenv("MOTCUA_TEST_DB_USER");
        String password = System.getenv("MOTCUA_TEST_DB_PASSWORD");
        String schema = "upgrade_22_" + Long.toHexString(System.nanoTime());
        try {
            ComponentVersionsUpgrade.check(url, user, password, schema);
        } finally {
            try (var db = DriverManager.getConnection(url, user, password); var sql = db.createStatement()) {
                sql.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }
}
