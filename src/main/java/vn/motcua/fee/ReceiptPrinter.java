package vn.motcua.fee;

/**
 * Prints a receipt as a PDF. The one-stop forms' layout lives in the dossier module, which already
 * depends on fee through the catalogue; it provides this printer so that fee does not depend back.
 */
public interface ReceiptPrinter {

    byte[] render(ReceiptDocument receipt);
}
