package vn.motcua.shared;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The one way from a process instance to its dossier. The instance's business key is the dossier's code (a call
 * activity passes it on), and the instance's tenant is the office that received it; anyone who may start a
 * process can choose the business key and the variables, so every delegate and expression that reads or changes
 * a dossier asks here, and a dossier of another office is refused ({@link DossierOfAnotherOffice}) before
 * anything is read or changed.
 */
@Component
public class ProcessDossiers {

    private final DossierOffices offices;

    ProcessDossiers(DossierOffices offices) {
        this.offices = offices;
    }

    /**
     * The code of the dossier this execution works on, its business key (null when it has none), refused when
     * that dossier belongs to another office than the execution's process instance.
     */
    public String codeOf(DelegateExecution execution) {
        String code = execution.getProcessBusinessKey();
        if (code != null) {
            requireOfficeOf(code, execution);
        }
        return code;
    }

    /**
     * Refuses a dossier code that names a dossier of another office than the execution's; a code that names no
     * dossier passes (the caller then finds none).
     */
    public void requireOfficeOf(String dossierCode, DelegateExecution execution) {
        String office = execution.getTenantId();
        offices.officeOf(dossierCode).filter(owner -> !owner.equals(office)).ifPresent(owner -> {
            throw new DossierOfAnotherOffice(dossierCode, office);
        });
    }
}
