package vn.motcua.dossier.process;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.deadline.WorkingCalendars;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.IdNumber;
import vn.motcua.dossier.Registration;
import vn.motcua.shared.ProcessDossiers;
import vn.motcua.shared.Time;

/**
 * The first step of every procedure: a dossier received online is registered already (its code is
 * the business key); a process a clerk started from the reception form in Tasklist gets its dossier
 * here. Either way the task forms get its appointment, the link to the receipt and appointment slip
 * (form 01) and links to its components.
 */
@Component("registerDossierDelegate")
class RegisterDossierDelegate implements JavaDelegate {

    private static final DateTimeFormatter APPOINTMENT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final Dossiers dossiers;
    private final ProcedureCatalog catalog;
    private final WorkingCalendars calendars;
    private final ProcessDossiers processDossiers;
    private final String publicBaseUrl;

    RegisterDossierDelegate(Dossiers dossiers, ProcedureCatalog catalog, WorkingCalendars calendars,
            ProcessDossiers processDossiers, @Value("${motcua.public-base-url}") String publicBaseUrl) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.calendars = calendars;
        this.processDossiers = processDossiers;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object received = execution.getVariable("dossierCode");
        Dossier dossier = (received == null ? Optional.<Dossier>empty() : startedFor(received.toString(), execution))
                .orElseGet(() -> registerAtTheCounter(execution));
        var zone = calendars.forOffice(dossier.officeId()).zone();
        execution.setVariable("appointment", appointment(dossier.dueAt(), zone));
        execution.setVariable("appointmentSlipUrl", publicBaseUrl + "/api/public/dossiers/" + dossier.code()
                + "/slip?idNumber=" + dossier.applicant().idNumber().value());
        execution.setVariable(ComponentLinks.VARIABLE, DossierVariables.componentLinks(dossier, dossiers.procedureOf(dossier)));
    }

    /**
     * The dossier the application registered and started this instance for (online intake; the dossier's process
     * is recorded once the start returns). A start from Tasklist or the engine REST API that names a dossier of
     * another office is refused; one that names a dossier of its own office that another instance handles, or no
     * dossier, gets a new dossier: a start never takes over a dossier.
     */
    private Optional<Dossier> startedFor(String code, DelegateExecution execution) {
        processDossiers.requireOfficeOf(code, execution);
        return dossiers.find(code).filter(d -> code.equals(execution.getProcessBusinessKey())
                && (d.processInstanceId() == null || d.processInstanceId().equals(execution.getProcessInstanceId())));
    }

    /** The appointment as the task forms show it; a dossier awaiting reception has none yet. */
    static String appointment(Instant dueAt, ZoneId zone) {
        return dueAt == null ? "Chờ tiếp nhận: hẹn trả khi hồ sơ được tiếp nhận đầy đủ"
                : APPOINTMENT.format(LocalDateTime.ofInstant(dueAt, zone));
    }

    private Dossier registerAtTheCounter(DelegateExecution execution) {
        String processKey = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        var procedure = catalog.byProcessKey(processKey)
                .orElseThrow(() -> new IllegalStateException("process " + processKey + " has no procedure.yaml"));
        CounterApplication.check(execution, procedure);
        var applicant = new Applicant(text(execution, "applicantName"), new IdNumber(text(execution, "idNumber")),
                text(execution, "applicantPhone"), text(execution, "applicantEmail"), text(execution, "applicantAddress"));
        Map<String, String> details = new HashMap<>();
        procedure.details().forEach(d -> {
            String value = text(execution, d.key());
            if (value != null) {
                details.put(d.key(), value);
            }
        });
        Dossier dossier = dossiers.receiveForProcess(new Registration(procedure, execution.getTenantId(), Channel.COUNTER,
                applicant, details, Time.now(), clerk(), List.of(), null, null), execution.getProcessInstanceId());
        execution.setProcessBusinessKey(dossier.code());
        execution.setVariable("dossierCode", dossier.code());
        execution.setVariable("procedureCode", procedure.code());
        execution.setVariable("channel", Channel.COUNTER.name());
        return dossier;
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    private static String clerk() {
        var context = Context.getCommandContext();
        return context == null ? null : context.getAuthenticatedUserId();
    }
}
