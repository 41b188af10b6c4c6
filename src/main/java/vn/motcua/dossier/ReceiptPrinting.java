package vn.motcua.dossier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.dossier.slip.ReceiptPdf;
import vn.motcua.fee.ReceiptPrinter;
import vn.motcua.identity.Office;
import vn.motcua.identity.Offices;
import vn.motcua.signing.PdfSigner;
import vn.motcua.signing.SigningIdentity;

/**
 * Lends fee the one-stop forms' layout for its receipts, signed by the office that issued them. The
 * dependency points from dossier to fee (dossier already reaches fee through the catalogue), so fee prints
 * without depending back.
 */
@Configuration(proxyBeanMethods = false)
class ReceiptPrinting {

    static final String SIGNING_REASON = "Biên lai thu phí, lệ phí";

    @Bean
    ReceiptPrinter receiptPrinter(PdfSigner signer, Offices offices) {
        var pdf = new ReceiptPdf();
        return receipt -> {
            Office office = offices.all().stream().filter(o -> o.code().equals(receipt.officeCode())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no office with code " + receipt.officeCode()));
            return signer.sign(pdf.render(receipt), SigningIdentity.office(office.id()), SIGNING_REASON);
        };
    }
}
