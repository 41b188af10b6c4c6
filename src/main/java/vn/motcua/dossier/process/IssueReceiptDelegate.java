package vn.motcua.dossier.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.FeeCollection;
import vn.motcua.fee.PaidBy;
import vn.motcua.fee.PaymentChannel;
import vn.motcua.fee.Receipts;
import vn.motcua.shared.ProcessDossiers;

/**
 * Issues the electronic receipt of the payment ({@code paymentChannel}, {@code paymentReference}; at the
 * counter also {@code payerName}, {@code payerIdNumber}). The payment reference makes it idempotent: a
 * retried job gets the receipt it issued before, never a second one.
 */
@Component("issueReceiptDelegate")
class IssueReceiptDelegate implements JavaDelegate {

    private final FeeCollection fees;
    private final Receipts receipts;
    private final ProcessDossiers processDossiers;

    IssueReceiptDelegate(FeeCollection fees, Receipts receipts, ProcessDossiers processDossiers) {
        this.fees = fees;
        this.receipts = receipts;
        this.processDossiers = processDossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = processDossiers.codeOf(execution);
        var paidBy = new PaidBy(PaymentChannel.valueOf(String.valueOf(execution.getVariable("paymentChannel"))),
                String.valueOf(execution.getVariable("paymentReference")));
        var receipt = fees.issueReceipt(code, paidBy, text(execution, "payerName"),
                text(execution, "payerIdNumber"));
        execution.setVariable("receiptId", receipt.id().toString());
        execution.setVariable("receiptNumber", receipt.numberText());
        execution.setVariable("receiptUrl", receipts.lookupUrl(receipt.id()));
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }
}
