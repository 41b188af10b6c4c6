package vn.motcua.fee;

import java.util.function.Supplier;

/**
 * Prints a receipt as a signed PDF. The one-stop forms' layout and the office's signature live in the dossier
 * module, which already depends on fee through the catalogue; it provides this printer so that fee does not
 * depend back.
 */
public interface ReceiptPrinter {

    /**
     * The receipt's PDF, signed by its office and kept in the document store under the receipt's id the first time it
     * is printed, the kept bytes afterwards: its QR code ({@link ReceiptDocument#verifyUrl()}) leads to the
     * verification of what the payer holds. {@code document} is asked for only when the receipt is printed.
     */
    byte[] print(Receipt receipt, Supplier<ReceiptDocument> document);
}
