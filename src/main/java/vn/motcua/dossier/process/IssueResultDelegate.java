package vn.motcua.dossier.process;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.motcua.deadline.WorkingCalendars;
import vn.motcua.digitisation.Documents;
import vn.motcua.digitisation.NewDocument;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.slip.ResultDocument;
import vn.motcua.dossier.slip.ResultDocumentPdf;
import vn.motcua.identity.Offices;
import vn.motcua.shared.Time;
import vn.motcua.signing.PdfSigner;
import vn.motcua.signing.SigningIdentity;

/**
 * Issues one result of the dossier as an electronic document in the applicant's store (and, for a
 * person it is about, such as the newborn's {@code childIdNumber}, in theirs too), attached to the
 * dossier as its result. Local variables from the model: {@code resultCode}, {@code resultNumber},
 * {@code resultLines} (a list of "label: value"), optional {@code resultOwner} (another id number).
 * Issuing a result the dossier has already is skipped, so a retried step issues nothing twice. The result is
 * signed by the office; its QR code leads to the public verification of the stored document.
 */
@Component("issueResultDelegate")
class IssueResultDelegate implements JavaDelegate {

    static final String ISSUER = "system";
    static final String SIGNING_REASON = "Cấp kết quả giải quyết thủ tục hành chính";

    private final Dossiers dossiers;
    private final Documents documents;
    private final Offices offices;
    private final WorkingCalendars calendars;
    private final PdfSigner signer;
    private final ResultDocumentPdf pdf = new ResultDocumentPdf();
    private final String publicBaseUrl;

    IssueResultDelegate(Dossiers dossiers, Documents documents, Offices offices, WorkingCalendars calendars, PdfSigner signer,
            @Value("${motcua.public-base-url}") String publicBaseUrl) {
        this.signer = signer;
        this.dossiers = dossiers;
        this.documents = documents;
        this.offices = offices;
        this.calendars = calendars;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String resultCode = String.valueOf(execution.getVariableLocal("resultCode"));
        Dossier dossier = dossiers.get(execution.getProcessBusinessKey());
        if (dossier.results().stream().noneMatch(r -> r.resultCode().equals(resultCode))) {
            issue(execution, dossier, resultCode);
        }
        execution.setVariable("resultLinks", DossierVariables.resultLinks(dossiers.get(dossier.code()), dossiers.procedureOf(dossier)));
    }

    private void issue(DelegateExecution execution, Dossier dossier, String resultCode) {
        var procedure = dossiers.procedureOf(dossier);
        var office = offices.get(dossier.officeId());
        String title = procedure.results().stream().filter(r -> r.code().equals(resultCode)).findFirst()
                .orElseThrow(() -> new IllegalStateException("procedure " + procedure.code() + " has no result " + resultCode))
                .name().vi();
        List<ResultDocument.Line> lines = new ArrayList<>();
        Object declared = execution.getVariableLocal("resultLines");
        if (declared instanceof List<?> list) {
            for (Object line : list) {
                String text = String.valueOf(line);
                int colon = text.indexOf(':');
                lines.add(colon < 0 ? new ResultDocument.Line(text, "") : new ResultDocument.Line(text.substring(0, colon).trim(), text.substring(colon + 1).trim()));
            }
        }
        Object number = execution.getVariableLocal("resultNumber");
        UUID documentId = UUID.randomUUID();
        byte[] rendered = pdf.render(new ResultDocument(office.name(), office.code(), dossier.code(), title,
                number == null ? null : number.toString(), lines, Time.now().atZone(calendars.forOffice(office.id()).zone()),
                publicBaseUrl + "/api/public/verify/" + documentId));
        byte[] content = signer.sign(rendered, SigningIdentity.office(office.id()), SIGNING_REASON);
        String fileName = resultCode + "-" + dossier.code() + ".pdf";
        var stored = documents.digitise(new NewDocument(dossier.applicant().idNumber().value(), fileName,
                new ByteArrayInputStream(content), ISSUER, resultCode, documentId));
        dossiers.addResult(dossier.code(), new Dossier.ResultDocument(resultCode, stored.id()));
        Object owner = execution.getVariableLocal("resultOwner");
        if (owner != null && !owner.toString().isBlank()) {
            documents.digitise(new NewDocument(owner.toString(), fileName, new ByteArrayInputStream(content), ISSUER, resultCode));
        }
    }
}
