package vn.motcua.dossier.process;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.digitisation.DocumentFormat;
import vn.motcua.digitisation.Documents;
import vn.motcua.digitisation.NewDocument;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Dossiers;
import vn.motcua.shared.ProcessDossiers;
import vn.motcua.signing.PdfSigner;
import vn.motcua.signing.SigningIdentity;

/**
 * Issues the electronic certified copy: the original's scan (component {@code BAN_CHINH}, a PDF) signed first by
 * the officer who compared it ({@code comparedBy}), then by the leader who certifies it ({@code signedBy}), each
 * with their own key; the copy goes to the applicant's store as the dossier's result {@code BAN_SAO_CHUNG_THUC}.
 * A dossier that has the result already is skipped, so a retried step signs nothing twice.
 */
@Component("issueCertifiedCopyDelegate")
class IssueCertifiedCopyDelegate implements JavaDelegate {

    static final String ORIGINAL = "BAN_CHINH";
    static final String RESULT = "BAN_SAO_CHUNG_THUC";
    static final String COMPARED = "Số hoá, đối chiếu đúng với bản chính";
    static final String CERTIFIED = "Chứng thực bản sao đúng với bản chính";

    private final Dossiers dossiers;
    private final Documents documents;
    private final PdfSigner signer;
    private final ProcessDossiers processDossiers;

    IssueCertifiedCopyDelegate(Dossiers dossiers, Documents documents, PdfSigner signer, ProcessDossiers processDossiers) {
        this.dossiers = dossiers;
        this.documents = documents;
        this.signer = signer;
        this.processDossiers = processDossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dossier dossier = dossiers.get(processDossiers.codeOf(execution));
        if (dossier.results().stream().noneMatch(r -> r.resultCode().equals(RESULT))) {
            byte[] copy = signer.sign(original(dossier), officer(execution, "comparedBy"), COMPARED);
            copy = signer.sign(copy, officer(execution, "signedBy"), CERTIFIED);
            var stored = documents.digitise(new NewDocument(dossier.applicant().idNumber().value(), RESULT + "-" + dossier.code() + ".pdf",
                    new ByteArrayInputStream(copy), IssueResultDelegate.ISSUER, RESULT));
            dossiers.addResult(dossier.code(), new Dossier.ResultDocument(RESULT, stored.id()));
        }
        execution.setVariable("resultLinks", DossierVariables.resultLinks(dossiers.get(dossier.code()), dossiers.procedureOf(dossier)));
    }

    private byte[] original(Dossier dossier) {
        var component = dossier.components().stream().filter(c -> c.componentCode().equals(ORIGINAL)).findFirst()
                .orElseThrow(() -> new IllegalStateException("dossier " + dossier.code() + " has no " + ORIGINAL));
        var document = documents.find(component.documentId()).orElseThrow();
        if (document.format() != DocumentFormat.PDF) {
            throw new IllegalStateException("the original of dossier " + dossier.code() + " is not a PDF");
        }
        return documents.bytes(document);
    }

    private static SigningIdentity officer(DelegateExecution execution, String variable) {
        Object user = execution.getVariable(variable);
        if (user == null) {
            throw new IllegalStateException("no " + variable + " on dossier " + execution.getProcessBusinessKey());
        }
        return SigningIdentity.officer(user.toString().toLowerCase(Locale.ROOT));
    }
}
