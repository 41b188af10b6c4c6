package vn.motcua.fee.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.fee.FeeLine;
import vn.motcua.fee.Fees;

/**
 * Fee collection of a procedure whose fees the law waives for this applicant (e.g. the birth group:
 * birth registration on time is free, children are exempt from the residence fee): the record still
 * shows each line, at 0 VND with its exemption. The model gives the lines in the input parameter
 * {@code feeLines}: "description|EXEMPTION;…".
 */
@Component("exemptFeeDelegate")
class ExemptFeeDelegate implements JavaDelegate {

    private final Fees fees;

    ExemptFeeDelegate(Fees fees) {
        this.fees = fees;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<FeeLine> exempted = java.util.Arrays.stream(String.valueOf(execution.getVariableLocal("feeLines")).split(";"))
                .map(String::trim).filter(s -> !s.isEmpty())
                .map(line -> line.split("\\|"))
                .map(parts -> new FeeLine(parts[0].trim(), 0, parts.length > 1 ? parts[1].trim() : null))
                .toList();
        fees.record(execution.getProcessBusinessKey(), exempted);
        execution.setVariable("feeTotal", fees.totalOf(execution.getProcessBusinessKey()));
    }
}
