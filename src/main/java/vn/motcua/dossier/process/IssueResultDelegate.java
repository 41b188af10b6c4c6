package vn.motcua.dossier.process;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.Procedure;
import vn.motcua.deadline.WorkingCalendars;
import vn.motcua.digitisation.Documents;
import vn.motcua.digitisation.IssuedPdf;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.slip.RenderedPdf;
import vn.motcua.dossier.slip.ResultDocument;
import vn.motcua.dossier.slip.ResultDocumentPdf;
import vn.motcua.identity.Office;
import vn.motcua.identity.Offices;
import vn.motcua.shared.ProcessDossiers;
import vn.motcua.shared.Time;
import vn.motcua.signing.PdfSigner;
import vn.motcua.signing.SigningIdentity;

/**
 * Issues one result of the dossier as an electronic document in the applicant's store (and, for a
 * person it is about, such as the newborn's {@code childIdNumber}, in theirs too), attached to the
 * dossier as its result. Local variables from the model: {@code resultCode}, {@code resultNumber},
 * {@code resultLines} (one "label: value" per line of text: a plain string, not a serialised list), optional
 * {@code resultOwner} (another id number).
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
    private final ProcessDossiers processDossiers;
    private final ResultDocumentPdf pdf = new ResultDocumentPdf();
    private final String publicBaseUrl;

    IssueResultDelegate(Dossiers dossiers, Documents documents, Offices offices, WorkingCalendars calendars, PdfSigner signer,
            ProcessDossiers processDossiers, @Value("${motcua.public-base-url}") String publicBaseUrl) {
        this.signer = signer;
        this.processDossiers = processDossiers;
        this.dossiers = dossiers;
        this.documents = documents;
        this.offices = offices;
        this.calendars = calendars;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String resultCode = String.valueOf(execution.getVariableLocal("resultCode"));
        Dossier dossier = dossiers.get(processDossiers.codeOf(execution));
        var procedure = dossiers.procedureOf(dossier);
        List<Dossier.ResultDocument> results = new ArrayList<>(dossier.results());
        if (results.stream().noneMatch(r -> r.resultCode().equals(resultCode))) {
            results.add(issue(execution, dossier, procedure, resultCode));
        }
        execution.setVariable("resultLinks", DossierVariables.resultLinks(dossier.code(), results, procedure));
    }

    private Dossier.ResultDocument issue(DelegateExecution execution, Dossier dossier, Procedure procedure, String resultCode) {
        var office = offices.get(dossier.officeId());
        String title = procedure.results().stream().filter(r -> r.code().equals(resultCode)).findFirst()
                .orElseThrow(() -> new IllegalStateException("procedure " + procedure.code() + " has no result " + resultCode))
                .name().vi();
        List<ResultDocument.Line> lines = new ArrayList<>();
        Object declared = execution.getVariableLocal("resultLines");
        for (String text : declared == null ? new String[0] : declared.toString().split("\n")) {
            int colon = text.indexOf(':');
            if (!text.isBlank()) {
                lines.add(colon < 0 ? new ResultDocument.Line(text.trim(), "")
                        : new ResultDocument.Line(text.substring(0, colon).trim(), text.substring(colon + 1).trim()));
            }
        }
        Object number = execution.getVariableLocal("resultNumber");
        UUID documentId = UUID.randomUUID();
        RenderedPdf content = produce(new ResultDocument(office.name(), office.code(), dossier.code(), title,
                number == null ? null : number.toString(), lines, Time.now().atZone(calendars.forOffice(office.id()).zone()),
                publicBaseUrl + "/api/public/verify/" + documentId), office);
        List<String> owners = new ArrayList<>(List.of(dossier.applicant().idNumber().value()));
        Object owner = execution.getVariableLocal("resultOwner");
        if (owner != null && !owner.toString().isBlank()) {
            owners.add(owner.toString());
        }
        // one stored file for the applicant's and the child's copy: the same bytes, a row in each store
        var stored = documents.issue(new IssuedPdf(documentId, owners, resultCode + "-" + dossier.code() + ".pdf",
                content.content(), content.pages(), ISSUER, resultCode));
        var result = new Dossier.ResultDocument(resultCode, stored.get(0).id());
        dossiers.addResult(dossier.code(), result);
        return result;
    }

    /** The result as it is issued, signed by the office: the one place where its bytes are made before they are stored. */
    private RenderedPdf produce(ResultDocument result, Office office) {
        RenderedPdf rendered = pdf.render(result);
        // the signature is an incremental update of the same pages
        return new RenderedPdf(signer.sign(rendered.content(), SigningIdentity.office(office.id()), SIGNING_REASON), rendered.pages());
    }
}
