package vn.motcua.dossier;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Migration 22 on H2 (the PostgreSQL run: vn.motcua.postgres.ComponentVersionsMigrationOnPostgresTest). */
class ComponentVersionsMigrationTest {

    @Test
    void numbersTheComponentsOfAnEarlierVersionInTheOrderTheyWereDigitisedAndKeepsWhoAndWhen() throws Exception {
        ComponentVersionsUpgrade.check("jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", null);
    }
}
