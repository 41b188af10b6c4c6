package vn.motcua.fee;

/**
 * Prints a receipt as a signed PDF. The one-stop forms' layout and the office's signature live in the dossier
 * module, which already depends on fee through the catalogue; it provides this printer so that fee does not
 * depend back.
 */
public interface ReceiptPrinter {

    /**
     * The receipt's PDF, signed by its office and kept in the document store under the receipt's id the first time it
     * is printed, the kept bytes afterwards: its QR code ({@link ReceiptDocument#verifyUrl()}) leads to the
     * verification of what the payer holds.
     */
    byte[] print(Receipt receipt, ReceiptDocument document);
}
