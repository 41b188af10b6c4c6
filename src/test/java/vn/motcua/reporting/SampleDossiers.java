package vn.motcua.reporting;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

import vn.motcua.TestFiles;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.digitisation.Documents;
import vn.motcua.digitisation.NewDocument;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.IdNumber;
import vn.motcua.dossier.Registration;
import vn.motcua.identity.Office;
import vn.motcua.identity.Offices;

/**
 * Dossiers of the sample procedure (hello-dossier: WD:3) for one office of their own, walked through the real
 * model with the engine clock set. Times are Hà Nội time.
 */
public final class SampleDossiers {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final String APPLICANT = "001203004005";
    private static final String SAMPLE = "9.000001.000.00.00.H56";

    private final ProcessEngine engine;
    private final Dossiers dossiers;
    private final ProcedureCatalog catalog;
    private final Documents documents;
    public final Office office;

    public SampleDossiers(ProcessEngine engine, Dossiers dossiers, ProcedureCatalog catalog, Documents documents, Offices offices, Office office) {
        this.engine = engine;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.documents = documents;
        this.office = offices.register(office);
    }

    /** Received at {@code localTime}; still at reception. */
    public String received(String localTime, Channel channel) {
        return received(localTime, channel, List.of());
    }

    public String received(String localTime, Channel channel, List<Dossier.ComponentDocument> components) {
        at(localTime);
        return dossiers.receive(new Registration(catalog.get(SAMPLE), office.id(), channel,
                new Applicant("Trần Thị B", new IdNumber(APPLICANT), "0912345678", null, "Thôn 1"), Map.of(), hanoi(localTime), null,
                components, null, null)).code();
    }

    /** Received and accepted at once: in process. */
    public String accepted(String localTime, Channel channel) {
        String code = received(localTime, channel);
        complete(code, "Task_ReceiveDossier", Map.of("dossierComplete", true));
        return code;
    }

    public void returnedAtReception(String code, String localTime) {
        at(localTime);
        complete(code, "Task_ReceiveDossier", Map.of("dossierComplete", false, "clerkNote", "Thiếu đơn"));
    }

    public void finished(String code, String localTime) {
        at(localTime);
        complete(code, "Task_ProcessDossier", Map.of("needsSupplement", false));
        complete(code, "Task_ReturnResult", Map.of());
    }

    public void supplementRequested(String code, String localTime) {
        at(localTime);
        complete(code, "Task_ProcessDossier", Map.of("needsSupplement", true, "supplementItems", "Bản sao giấy khai sinh"));
    }

    public void supplementArrives(String code, String localTime) {
        at(localTime);
        engine.getRuntimeService().createMessageCorrelation("SupplementReceived").processInstanceBusinessKey(code).correlate();
    }

    /** The leader, asked by the apology timer, issues the letter with a new appointment. */
    public void apologised(String code, String localTime, String newAppointment) {
        at(localTime);
        String instance = dossiers.get(code).processInstanceId();
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance)
                .duedateLowerThan(ClockUtil.getCurrentTime()).list()) {
            engine.getManagementService().executeJob(job.getId());
        }
        complete(code, "Task_IssueApology", Map.of("apologyReason", "Chờ xác minh", "newAppointment", newAppointment));
    }

    /** A component document in the applicant's store. */
    public Dossier.ComponentDocument document(String component, int pages, boolean reused) {
        var stored = documents.digitise(new NewDocument(APPLICANT, component.toLowerCase() + ".pdf",
                new ByteArrayInputStream(TestFiles.pdf(pages)), "tester", component));
        return new Dossier.ComponentDocument(component, stored.id(), reused);
    }

    private void complete(String code, String taskKey, Map<String, Object> variables) {
        String instance = dossiers.get(code).processInstanceId();
        var task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("dossier " + code + " waits at no " + taskKey);
        }
        engine.getTaskService().complete(task.getId(), variables);
    }

    public static void at(String localTime) {
        ClockUtil.setCurrentTime(Date.from(hanoi(localTime)));
    }

    public static Instant hanoi(String localTime) {
        return LocalDateTime.parse(localTime).atZone(HANOI).toInstant();
    }
}
