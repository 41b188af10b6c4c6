package vn.motcua.dossier.process;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.interagency.NewbornRegistration;
import vn.motcua.interagency.PopulationRegistry;
import vn.motcua.shared.ProcessDossiers;

/**
 * Birth registration gives the child a personal id number from the national population database
 * (variable {@code childIdNumber}). Asking again for the same dossier gets the same number, so a
 * retried step is harmless.
 */
@Component("assignChildIdDelegate")
class AssignChildIdDelegate implements JavaDelegate {

    private final PopulationRegistry registry;
    private final ProcessDossiers processDossiers;

    AssignChildIdDelegate(PopulationRegistry registry, ProcessDossiers processDossiers) {
        this.registry = registry;
        this.processDossiers = processDossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = processDossiers.codeOf(execution);
        String mother = String.valueOf(execution.getVariable("motherIdNumber"));
        Object father = execution.getVariable("fatherIdNumber");
        String id = registry.assignIdNumber(new NewbornRegistration(code,
                String.valueOf(execution.getVariable("childName")), LocalDate.parse(String.valueOf(execution.getVariable("childBirthDate"))),
                String.valueOf(execution.getVariable("childSex")), mother, father == null ? null : father.toString(),
                mother.substring(0, 3)));
        execution.setVariable("childIdNumber", id);
    }
}
