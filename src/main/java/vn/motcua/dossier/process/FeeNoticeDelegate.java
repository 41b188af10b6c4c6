package vn.motcua.dossier.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.FeeCollection;
import vn.motcua.shared.ProcessDossiers;

/**
 * Tells the citizen about their online payment request while the dossier waits for its fee: the input
 * {@code feeNotice} is REMINDER (the request waits unpaid; once per request) or REQUEST_EXPIRED (it expired
 * unpaid; a new one may be opened until {@code feeDueText}).
 */
@Component("feeNoticeDelegate")
class FeeNoticeDelegate implements JavaDelegate {

    private final FeeCollection fees;
    private final ProcessDossiers processDossiers;

    FeeNoticeDelegate(FeeCollection fees, ProcessDossiers processDossiers) {
        this.fees = fees;
        this.processDossiers = processDossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = processDossiers.codeOf(execution);
        String due = String.valueOf(execution.getVariable("feeDueText"));
        String notice = String.valueOf(execution.getVariableLocal("feeNotice"));
        switch (notice) {
            case "REMINDER" -> fees.remind(code, due);
            case "REQUEST_EXPIRED" -> fees.tellRequestExpired(code, due);
            default -> throw new IllegalArgumentException("feeNotice is REMINDER or REQUEST_EXPIRED, not " + notice);
        }
    }
}
