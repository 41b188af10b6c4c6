package vn.motcua.reporting.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.DemoApp;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.deadline.Clocks;
import vn.motcua.deadline.DeadlineRule;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.IdNumber;
import vn.motcua.dossier.Registration;
import vn.motcua.identity.Office;
import vn.motcua.identity.Offices;
import vn.motcua.shared.Time;

/**
 * mc_dossier_watch follows a dossier's clocks and holders, in the transaction that changes them. The sample procedure
 * (WD:3) received on Monday 2 March 2026 at 08:00 in an office of its own: due Wednesday 17:00.
 */
@DemoApp
class DossierWatchIntegrationTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String OFFICE = "xa-theo-doi";
    private static final String ID_NUMBER = "001203006677";

    @Autowired
    Offices offices;

    @Autowired
    Dossiers dossiers;

    @Autowired
    ProcedureCatalog catalog;

    @Autowired
    Clocks clocks;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    private String dossier;

    @BeforeEach
    void received() {
        offices.register(new Office(OFFICE, "000.00.97.H56", "Xã Theo Dõi", "Tỉnh Mẫu"));
        at("2026-03-02T08:00");
        dossier = dossiers.receive(new Registration(catalog.get("9.000001.000.00.00.H56"), OFFICE, Channel.ONLINE,
                new Applicant("Lý Thị Dõi", new IdNumber(ID_NUMBER), null, null, null), Map.of(), Time.now(), null, List.of(),
                null, null)).code();
    }

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void registersTheDossierWithItsAppointmentAndItsReceptionGroup() {
        assertThat(watch()).isEqualTo(OFFICE + " 9.000001.000.00.00.H56 " + hanoi("2026-03-04T17:00") + " null |GROUP:tiep-nhan|");
    }

    @Test
    void followsTheEarliestRunningClockAndTheClocksCountedOverdue() {
        clocks.start(dossier, "STAGE_POLICE", OFFICE, DeadlineRule.parse("WD:1"), Time.now());
        assertThat(watch()).startsWith(OFFICE + " 9.000001.000.00.00.H56 " + hanoi("2026-03-02T17:00") + " null");

        at("2026-03-02T10:00");
        clocks.pause(dossier, "STAGE_POLICE", Time.now(), "SUPPLEMENT");
        assertThat(watch()).as("a paused clock is never due").contains(" " + hanoi("2026-03-04T17:00") + " null");
        clocks.pause(dossier, "DOSSIER", Time.now(), "SUPPLEMENT");
        assertThat(watch()).contains(" null null ");

        clocks.resume(dossier, "DOSSIER", Time.now());
        clocks.countAsOverdue(dossier, "DOSSIER");
        assertThat(watch()).contains(" " + hanoi("2026-03-04T17:00") + " " + hanoi("2026-03-04T17:00") + " ");
    }

    @Test
    void followsWhoHoldsTheDossier() {
        String task = tasks.createTaskQuery().processInstanceBusinessKey(dossier).singleResult().getId();

        tasks.claim(task, "letan.theodoi");
        assertThat(watch()).endsWith(" |USER:letan.theodoi|");
        tasks.setAssignee(task, null);
        tasks.addCandidateGroup(task, "lanh-dao");
        assertThat(watch()).endsWith(" |GROUP:lanh-dao|GROUP:tiep-nhan|");
        tasks.deleteCandidateGroup(task, "lanh-dao");
        tasks.deleteCandidateGroup(task, "tiep-nhan");
        assertThat(watch()).as("nobody").endsWith(" null ");
    }

    @Test
    void keepsNothingOfARolledBackChange() {
        transaction.executeWithoutResult(status -> {
            clocks.start(dossier, "STAGE_POLICE", OFFICE, DeadlineRule.parse("WD:1"), Time.now());
            status.setRollbackOnly();
        });

        assertThat(watch()).contains(" " + hanoi("2026-03-04T17:00") + " null ");
    }

    @Test
    void forgetsAFinishedDossier() {
        dossiers.withdraw(dossier, ID_NUMBER, "Nộp nhầm");

        assertThat(jdbc.sql("select count(*) from mc_dossier_watch where dossier_code = ?").param(dossier).query(Long.class).single())
                .isZero();
    }

    private String watch() {
        return jdbc.sql("select office_id, procedure_code, first_due, first_counted_due, holders from mc_dossier_watch where dossier_code = ?")
                .param(dossier)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + instant(rs.getObject(3, java.time.OffsetDateTime.class))
                        + " " + instant(rs.getObject(4, java.time.OffsetDateTime.class)) + " " + rs.getString(5))
                .single();
    }

    private static Instant instant(java.time.OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static void at(String localTime) {
        ClockUtil.setCurrentTime(Date.from(hanoi(localTime)));
    }

    private static Instant hanoi(String localTime) {
        return LocalDateTime.parse(localTime).atZone(HANOI).toInstant();
    }
}
