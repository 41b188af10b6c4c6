package vn.motcua.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.motcua.DemoApp;
import vn.motcua.identity.Office;

/**
 * The database counts, sorts, pages and filters the overdue list as the README says, on H2 (see {@link OverdueScenario};
 * the same on PostgreSQL in PostgresOverdueListIntegrationTest). Office B's other hours come from the tests'
 * application.yaml.
 */
@DemoApp
class OverdueListIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext app;

    @Test
    void countsSortsPagesAndFiltersInTheDatabaseAsTheListIsDocumented() {
        var scenario = OverdueScenario.build(app, new Office("xa-danh-sach-a", "000.00.94.H56", "Xã Danh Sách A", "Tỉnh Mẫu"),
                new Office("xa-danh-sach-b", "000.00.95.H56", "Phường Danh Sách B", "Tỉnh Mẫu"), "danhsach");

        scenario.assertTheDatabaseListsAsDocumented(port);
    }
}
