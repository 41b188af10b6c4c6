package vn.motcua.dossier.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.FeeCollection;
import vn.motcua.shared.ProcessDossiers;

/**
 * The dossier starts waiting for its fee. A payment the citizen made online before this moment
 * ({@code paymentReference} set) lets the step go straight on to the receipt; otherwise the dossier is
 * AWAITING_FEE, its clocks paused as the procedure says ({@code feePausedClocks}), the deadline in
 * {@code feeDueAt} for the timer, and the citizen told what to pay. The counter form starts with the
 * applicant as payer.
 */
@Component("awaitFeeDelegate")
class AwaitFeeDelegate implements JavaDelegate {

    private final FeeCollection fees;
    private final Dossiers dossiers;
    private final ProcessDossiers processDossiers;

    AwaitFeeDelegate(FeeCollection fees, Dossiers dossiers, ProcessDossiers processDossiers) {
        this.fees = fees;
        this.dossiers = dossiers;
        this.processDossiers = processDossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = processDossiers.codeOf(execution);
        var paid = fees.paidOnline(code);
        if (paid.isPresent()) {
            execution.setVariable("paymentChannel", paid.get().channel().name());
            execution.setVariable("paymentReference", paid.get().reference());
            return;
        }
        boolean refused = execution.getVariable("feeExemptionClaimed") != null
                && !RecordFeeDelegate.CONFIRM.equals(execution.getVariable("exemptionDecision"));
        Object note = execution.getVariable("exemptionNote");
        var awaiting = fees.await(code, refused ? execution.getVariable("feeExemptionClaimed").toString() : null,
                note == null ? null : note.toString());
        execution.setVariable("feeDueAt", Date.from(awaiting.dueAt()));
        execution.setVariable("feeDueText", awaiting.dueText());
        execution.setVariable("feePausedClocks", String.join(",", awaiting.pausedClocks()));
        var applicant = dossiers.get(code).applicant();
        execution.setVariable("payerName", applicant.name());
        execution.setVariable("payerIdNumber", applicant.idNumber().value());
    }
}
