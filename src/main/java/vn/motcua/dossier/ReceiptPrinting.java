package vn.motcua.dossier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.dossier.slip.ReceiptPdf;
import vn.motcua.fee.ReceiptPrinter;

/**
 * Lends fee the one-stop forms' layout for its receipts. The dependency points from dossier to fee
 * (dossier already reaches fee through the catalogue), so fee prints without depending back.
 */
@Configuration(proxyBeanMethods = false)
class ReceiptPrinting {

    @Bean
    ReceiptPrinter receiptPrinter() {
        return new ReceiptPdf();
    }
}
