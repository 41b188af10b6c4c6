package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.DemoApp;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.IdNumber;
import vn.motcua.dossier.Registration;
import vn.motcua.identity.Office;
import vn.motcua.identity.Offices;
import vn.motcua.shared.Time;

/**
 * Migration V18 fills the tables of an upgraded database as the application keeps them: the dossier holders as the task
 * listener does, the watch of the open dossiers as the clock and task events do.
 */
@DemoApp
class OverdueListMigrationIntegrationTest {

    @Autowired
    Offices offices;

    @Autowired
    Dossiers dossiers;

    @Autowired
    ProcedureCatalog catalog;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void fillsTheHoldersAndTheWatchOfAnEarlierVersionAsTheyAreKept() {
        offices.register(new Office("xa-nang-cap", "000.00.96.H56", "Xã Nâng Cấp", "Tỉnh Mẫu"));
        tasks.claim(taskOf(received()), "letan.nangcap");
        tasks.deleteCandidateGroup(taskOf(received()), "tiep-nhan");
        received();

        transaction.executeWithoutResult(status -> {
            List<String> holders = holders();
            List<String> watch = watch();
            jdbc.sql("delete from mc_dossier_holder").update();
            jdbc.sql("delete from mc_dossier_watch").update();
            try {
                OverdueListMigration.fill(DataSourceUtils.getConnection(dataSource), true);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            assertThat(holders()).as("every open task of the engine, from this and the other tests")
                    .hasSizeGreaterThanOrEqualTo(3).containsExactlyElementsOf(holders);
            assertThat(holders()).anyMatch(r -> r.endsWith("|USER|letan.nangcap")).anyMatch(r -> r.endsWith("|NONE|"));
            assertThat(watch()).as("every open dossier").hasSizeGreaterThanOrEqualTo(3).containsExactlyElementsOf(watch);
            assertThat(watch()).anyMatch(r -> r.endsWith("||USER:letan.nangcap|"));
            status.setRollbackOnly();
        });
    }

    private String received() {
        return dossiers.receive(new Registration(catalog.get("9.000001.000.00.00.H56"), "xa-nang-cap", Channel.ONLINE,
                new Applicant("Vũ Văn Cấp", new IdNumber("001203001122"), null, null, null), Map.of(), Time.now(), null, List.of(),
                null, null)).code();
    }

    private String taskOf(String dossier) {
        return tasks.createTaskQuery().processInstanceBusinessKey(dossier).singleResult().getId();
    }

    private List<String> watch() {
        return jdbc.sql("select dossier_code, office_id, procedure_code, received_at, first_due, first_counted_due, holders "
                + "from mc_dossier_watch order by dossier_code")
                .query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)))
                .list();
    }

    private List<String> holders() {
        return jdbc.sql("select task_id, dossier_code, task_name, holder_type, holder_id from mc_dossier_holder "
                + "order by task_id, holder_type, holder_id")
                .query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }
}
