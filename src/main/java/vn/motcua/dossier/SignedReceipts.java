package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import vn.motcua.digitisation.IssuedPdf;
import vn.motcua.dossier.slip.ReceiptPdf;
import vn.motcua.dossier.slip.RenderedPdf;
import vn.motcua.fee.Receipt;
import vn.motcua.fee.ReceiptDocument;
import vn.motcua.fee.ReceiptPrinter;
import vn.motcua.signing.PdfSigner;
import vn.motcua.signing.SigningIdentity;

/**
 * Lends fee the one-stop forms' layout for its receipts, signed by the office that issued them and kept in the
 * document store under the receipt's id (in the payer's and the applicant's stores), so that the QR code on the
 * receipt verifies the bytes the payer holds. The dependency points from dossier to fee (dossier already reaches fee
 * through the catalogue), so fee prints without depending back.
 */
@Component
class SignedReceipts implements ReceiptPrinter {

    static final String SIGNING_REASON = "Biên lai thu phí, lệ phí";
    /** The code receipts are kept under in the document store. */
    static final String COMPONENT_CODE = "BIEN_LAI";

    private final KeptPdfs kept;
    private final PdfSigner signer;
    private final Dossiers dossiers;
    private final ReceiptPdf pdf = new ReceiptPdf();

    SignedReceipts(KeptPdfs kept, PdfSigner signer, Dossiers dossiers) {
        this.kept = kept;
        this.signer = signer;
        this.dossiers = dossiers;
    }

    @Override
    public byte[] print(Receipt receipt, Supplier<ReceiptDocument> printed) {
        Optional<byte[]> earlier = kept.content(receipt.id());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ReceiptDocument document = printed.get();
        RenderedPdf rendered = pdf.render(document);
        byte[] signed = signer.sign(rendered.content(), SigningIdentity.office(receipt.officeId()), SIGNING_REASON);
        String fileName = "bien-lai-" + document.series().replace('/', '-') + "-" + document.number() + ".pdf";
        boolean ours = kept.keep(new IssuedPdf(receipt.id(), owners(receipt), fileName, signed, rendered.pages(), "system",
                COMPONENT_CODE));
        return ours ? signed : kept.content(receipt.id()).orElseThrow();
    }

    /** The payer (when the id number is known) and the dossier's applicant (when the dossier is known here). */
    private List<String> owners(Receipt receipt) {
        List<String> owners = new ArrayList<>();
        if (receipt.payerIdNumber() != null && !receipt.payerIdNumber().isBlank()) {
            owners.add(receipt.payerIdNumber());
        }
        dossiers.find(receipt.dossierCode()).ifPresent(dossier -> owners.add(dossier.applicant().idNumber().value()));
        return owners;
    }
}
