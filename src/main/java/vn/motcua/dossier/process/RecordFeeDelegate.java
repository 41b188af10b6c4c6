package vn.motcua.dossier.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.FeeCollection;
import vn.motcua.fee.FeeLine;
import vn.motcua.fee.VietnameseAmount;
import vn.motcua.shared.ProcessDossiers;

/**
 * Records the dossier's fee lines ({@code mc_fee_line}), with the claimed exemption only when the clerk
 * confirmed it ({@code exemptionDecision} = CONFIRM); {@code feeTotal} then decides whether the dossier waits
 * for a payment. Recording is idempotent, so a retried step records nothing twice.
 */
@Component("recordFeeDelegate")
class RecordFeeDelegate implements JavaDelegate {

    static final String CONFIRM = "CONFIRM";

    private final FeeCollection fees;
    private final ProcessDossiers processDossiers;

    RecordFeeDelegate(FeeCollection fees, ProcessDossiers processDossiers) {
        this.fees = fees;
        this.processDossiers = processDossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean confirmed = CONFIRM.equals(execution.getVariable("exemptionDecision"));
        List<FeeLine> lines = fees.record(processDossiers.codeOf(execution), FeeInputs.of(execution), confirmed);
        long total = lines.stream().mapToLong(FeeLine::amountVnd).sum();
        execution.setVariable("feeTotal", total);
        execution.setVariable("feeTotalText", FeeCollection.amount(total));
        execution.setVariable("feeTotalInWords", VietnameseAmount.inWords(total));
        execution.setVariable("feeLinesText", FeeCollection.linesText(lines));
    }
}
