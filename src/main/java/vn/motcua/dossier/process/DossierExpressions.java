package vn.motcua.dossier.process;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

import vn.motcua.deadline.WorkingCalendars;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.shared.ProcessDossiers;

/**
 * What process models call as {@code dossiers}, e.g. {@code ${dossiers.status(execution, 'IN_PROCESS')}}
 * in a listener: the dossier (the business key) moves to that status in its public history.
 */
@Component("dossiers")
public class DossierExpressions {

    private final Dossiers dossiers;
    private final ProcessDossiers processDossiers;
    private final WorkingCalendars calendars;

    DossierExpressions(Dossiers dossiers, ProcessDossiers processDossiers, WorkingCalendars calendars) {
        this.dossiers = dossiers;
        this.processDossiers = processDossiers;
        this.calendars = calendars;
    }

    public void status(DelegateExecution execution, String status) {
        dossiers.changeStatus(processDossiers.codeOf(execution), DossierStatus.valueOf(status), actor(), null);
    }

    /** The status with the reason the citizen reads, from a process variable (e.g. the supplement items). */
    public void status(DelegateExecution execution, String status, String reasonVariable) {
        Object reason = execution.getVariable(reasonVariable);
        dossiers.changeStatus(processDossiers.codeOf(execution), DossierStatus.valueOf(status), actor(),
                reason == null ? null : reason.toString());
    }

    /** The status with a reason written in the model (e.g. why the dossier was refused). */
    public void statusBecause(DelegateExecution execution, String status, String reason) {
        dossiers.changeStatus(processDossiers.codeOf(execution), DossierStatus.valueOf(status), actor(), reason);
    }

    /**
     * The reception officer accepted the dossier as complete: a dossier that awaited reception gets its appointment
     * (see {@link Dossiers#accept}), which the task forms show from now on.
     */
    public void accept(DelegateExecution execution) {
        String code = processDossiers.codeOf(execution);
        Instant appointment = dossiers.accept(code, actor());
        execution.setVariable("appointment", RegisterDossierDelegate.appointment(appointment, calendars.forOffice(execution.getTenantId()).zone()));
    }

    /** A supplement request (form 02) with the items in {@code supplementItems}; it joins a request still open. */
    public void requestSupplement(DelegateExecution execution) {
        Object items = execution.getVariable("supplementItems");
        dossiers.requestSupplement(processDossiers.codeOf(execution), actor(), items == null ? null : items.toString());
    }

    /** The supplement arrived: the dossier is back where it stood before the request. */
    public void supplemented(DelegateExecution execution) {
        dossiers.supplemented(processDossiers.codeOf(execution), actor());
    }

    private static String actor() {
        var context = Context.getCommandContext();
        String user = context == null ? null : context.getAuthenticatedUserId();
        return user == null ? "system" : user;
    }
}
