package vn.motcua.dossier.process;

import java.util.Arrays;
import java.util.UUID;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.FeeCollection;
import vn.motcua.dossier.IdNumber;
import vn.motcua.fee.Receipts;
import vn.motcua.shared.ProcessDossiers;

/**
 * What the fee-collection model calls as {@code feeCollection} in its listeners, e.g.
 * {@code ${feeCollection.resumeClocks(execution)}} once the fee is paid.
 */
@Component("feeCollection")
public class FeeCollectionExpressions {

    private final FeeCollection fees;
    private final Receipts receipts;
    private final ProcessDossiers processDossiers;

    FeeCollectionExpressions(FeeCollection fees, Receipts receipts, ProcessDossiers processDossiers) {
        this.fees = fees;
        this.receipts = receipts;
        this.processDossiers = processDossiers;
    }

    /**
     * The clerk completes the counter task: the cash must be confirmed and the payer named (a personal id
     * number, if given, must be valid); otherwise the task stays open with the reason (400 in Tasklist).
     * The dossier then takes no online payment, and the payment gets its reference.
     */
    public void counterPaid(DelegateTask task) {
        String code = processDossiers.codeOf(task.getExecution());
        if (!Boolean.TRUE.equals(task.getVariable("counterPaymentConfirmed"))) {
            throw new BadUserRequestException("counterPaymentConfirmed: xác nhận đã thu đủ số tiền trước khi hoàn thành");
        }
        Object payer = task.getVariable("payerName");
        if (payer == null || payer.toString().isBlank() || payer.toString().strip().length() > 200) {
            throw new BadUserRequestException("payerName: họ và tên người nộp tiền là bắt buộc (tối đa 200 ký tự)");
        }
        Object idNumber = task.getVariable("payerIdNumber");
        if (idNumber != null && !idNumber.toString().isBlank() && IdNumber.problemWith(idNumber.toString().strip()) != null) {
            throw new BadUserRequestException("payerIdNumber: " + IdNumber.problemWith(idNumber.toString().strip()));
        }
        var paidBy = fees.paidAtCounter(code);
        task.getExecution().setVariable("paymentChannel", paidBy.channel().name());
        task.getExecution().setVariable("paymentReference", paidBy.reference());
    }

    /** The clocks the step paused ({@code feePausedClocks}) run again. */
    public void resumeClocks(DelegateExecution execution) {
        String code = processDossiers.codeOf(execution);
        Object paused = execution.getVariable("feePausedClocks");
        if (paused != null && !paused.toString().isBlank()) {
            fees.resumeClocks(code, Arrays.asList(paused.toString().split(",")));
        }
    }

    /** The time to pay is up: a pending online request is closed. */
    public void stopTakingPayments(DelegateExecution execution) {
        fees.stopTakingPayments(processDossiers.codeOf(execution));
    }

    /** Tells the citizen the fee was paid, with the receipt ({@code receiptId}). */
    public void tellPaid(DelegateExecution execution) {
        String code = processDossiers.codeOf(execution);
        var receipt = receipts.find(UUID.fromString(String.valueOf(execution.getVariable("receiptId")))).orElseThrow();
        fees.tellPaid(code, receipt);
    }
}
