package vn.motcua.dossier.process;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.IdNumber;
import vn.motcua.shared.InvalidRequest.FieldProblem;
import vn.motcua.shared.InvalidStartVariables;
import vn.motcua.shared.PlainText;

/**
 * The application a clerk typed into the start form (or a system sent to the engine REST API), checked field by field
 * before the dossier is written: the applicant's fields by their value objects and the lengths of their columns in
 * {@code mc_dossier}, each detail by its length. Tasklist checks the form too, but the engine's APIs do not.
 */
final class CounterApplication {

    private static final Pattern PHONE = Pattern.compile("0[0-9]{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int DETAIL_LENGTH = 400;

    private CounterApplication() {
    }

    /** @throws InvalidStartVariables naming every bad field, in Vietnamese and English */
    static void check(DelegateExecution execution, Procedure procedure) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = text(execution, "applicantName");
        if (name == null || name.length() > 200) {
            problems.add(new FieldProblem("applicantName",
                    "Họ và tên người nộp: bắt buộc, tối đa 200 ký tự / applicant's full name: required, at most 200 characters"));
        }
        String idProblem = IdNumber.problemWith(text(execution, "idNumber"));
        if (idProblem != null) {
            problems.add(new FieldProblem("idNumber", "Số định danh cá nhân: 12 chữ số, mã tỉnh và năm sinh hợp lệ / personal id number: "
                    + idProblem));
        }
        String phone = text(execution, "applicantPhone");
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("applicantPhone",
                    "Số điện thoại: 10 chữ số, bắt đầu bằng 0 / phone number: 10 digits starting with 0"));
        }
        String email = text(execution, "applicantEmail");
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            problems.add(new FieldProblem("applicantEmail",
                    "Thư điện tử: địa chỉ hợp lệ, tối đa 200 ký tự / e-mail: a valid address, at most 200 characters"));
        }
        String address = text(execution, "applicantAddress");
        if (address != null && address.length() > 400) {
            problems.add(new FieldProblem("applicantAddress", "Địa chỉ: tối đa 400 ký tự / address: at most 400 characters"));
        }
        for (Procedure.Detail detail : procedure.details()) {
            String value = text(execution, detail.key());
            if (value != null && value.length() > DETAIL_LENGTH) {
                problems.add(new FieldProblem(detail.key(), detail.label().vi() + ": tối đa " + DETAIL_LENGTH + " ký tự / "
                        + detail.label().en() + ": at most " + DETAIL_LENGTH + " characters"));
            }
        }
        hidden(problems, "applicantName", "Họ và tên người nộp / applicant's full name", name);
        hidden(problems, "applicantAddress", "Địa chỉ / address", address);
        for (Procedure.Detail detail : procedure.details()) {
            hidden(problems, detail.key(), detail.label().vi() + " / " + detail.label().en(), text(execution, detail.key()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidStartVariables(problems);
        }
    }

    /** A name or detail typed at the counter may not hide a control or invisible character (U+202E, NUL …). */
    private static void hidden(List<FieldProblem> problems, String field, String label, String value) {
        if (PlainText.hasHiddenCharacter(value)) {
            problems.add(new FieldProblem(field, label + ": " + PlainText.refusal(value)));
        }
    }

    /** A variable as trimmed text; null when absent or blank. */
    static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
