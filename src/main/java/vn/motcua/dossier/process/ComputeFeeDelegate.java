package vn.motcua.dossier.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.FeeCollection;
import vn.motcua.fee.FeeQuote;
import vn.motcua.shared.ProcessDossiers;

/**
 * The first step of fee collection: what the dossier's fee is, and whether the applicant claims an
 * exemption that would change it ({@code feeConfirmationNeeded}; the clerk then confirms or refuses it).
 * Puts the dossier, the applicant and the amounts into the variables the clerk's forms show.
 */
@Component("computeFeeDelegate")
class ComputeFeeDelegate implements JavaDelegate {

    private final FeeCollection fees;
    private final Dossiers dossiers;
    private final ProcessDossiers processDossiers;

    ComputeFeeDelegate(FeeCollection fees, Dossiers dossiers, ProcessDossiers processDossiers) {
        this.fees = fees;
        this.dossiers = dossiers;
        this.processDossiers = processDossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = processDossiers.codeOf(execution);
        var assessment = fees.assess(code, FeeInputs.of(execution));
        Dossier dossier = dossiers.get(code);
        execution.setVariable("dossierCode", code);
        execution.setVariable("applicantName", dossier.applicant().name());
        execution.setVariable("idNumber", dossier.applicant().idNumber().value());
        execution.setVariable("feeLinesText", FeeCollection.linesText(assessment.quote().lines().stream().map(FeeQuote.Line::toFeeLine).toList()));
        execution.setVariable("feeTotalText", FeeCollection.amount(assessment.quote().total()));
        execution.setVariable("feeConfirmationNeeded", assessment.needsConfirmation());
        if (assessment.needsConfirmation()) {
            execution.setVariable("feeExemptionClaimed", assessment.claimed().name());
            execution.setVariable("feeExemptionLabel", assessment.claimed().label());
            execution.setVariable("feeTotalIfConfirmedText", FeeCollection.amount(assessment.ifConfirmed().total()));
        }
    }
}
