package vn.motcua.dossier.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.Dossiers;
import vn.motcua.interagency.PersonCheck;
import vn.motcua.interagency.PersonQuery;
import vn.motcua.interagency.PopulationRegistry;
import vn.motcua.shared.ProcessDossiers;

/**
 * Checks the parents declared in a birth registration against the national population database and
 * the centre's own dossiers for the same birth. A mismatch is a business outcome drawn in the model
 * (the BPMN error {@value #IDENTITY_MISMATCH}, with the reason in {@code verificationProblem} for the
 * civil-status officer); a database that does not answer is a technical failure that the engine
 * retries and finally shows as an incident.
 */
@Component("verifyApplicantDelegate")
class VerifyApplicantDelegate implements JavaDelegate {

    static final String IDENTITY_MISMATCH = "IDENTITY_MISMATCH";

    private final PopulationRegistry registry;
    private final Dossiers dossiers;
    private final ProcessDossiers processDossiers;

    VerifyApplicantDelegate(PopulationRegistry registry, Dossiers dossiers, ProcessDossiers processDossiers) {
        this.registry = registry;
        this.dossiers = dossiers;
        this.processDossiers = processDossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = processDossiers.codeOf(execution);
        List<String> problems = new ArrayList<>();
        check("Mẹ", text(execution, "motherIdNumber"), text(execution, "motherName"), text(execution, "residenceAddress"), problems);
        check("Cha", text(execution, "fatherIdNumber"), text(execution, "fatherName"), null, problems);
        dossiers.sameBirth(code, text(execution, "motherIdNumber"), text(execution, "childBirthDate"), text(execution, "childName"))
                .ifPresent(other -> problems.add("Trẻ đã được đăng ký trong hồ sơ " + other));
        if (!problems.isEmpty()) {
            execution.setVariable("verificationProblem", String.join("; ", problems));
            throw new BpmnError(IDENTITY_MISMATCH, String.join("; ", problems));
        }
        // a dossier verified again after a supplement must not keep the problem of the first check
        if (execution.hasVariable("verificationProblem")) {
            execution.removeVariable("verificationProblem");
        }
    }

    private void check(String who, String idNumber, String name, String address, List<String> problems) {
        if (idNumber == null) {
            return;
        }
        PersonCheck check = registry.check(new PersonQuery(idNumber, name, address));
        if (check.outcome() != PersonCheck.Outcome.MATCH) {
            problems.add(who + " (" + idNumber + "): " + check.explanation());
        }
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
