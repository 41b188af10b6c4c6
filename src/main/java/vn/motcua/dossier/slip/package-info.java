/**
 * The receipt and appointment slip (form 01 of Circular 01/2018/TT-VPCP) as an A5 PDF.
 *
 * <p>{@link vn.motcua.dossier.slip.AppointmentSlipPdf} renders an {@link vn.motcua.dossier.slip.AppointmentSlip}.
 * The package-private pieces are written for the other one-stop forms (02–05) and fee receipts as well:
 * {@code A5FormLayout} pages measured {@code Block}s of wrapped Vietnamese text, {@code QrCodeRenderer}
 * draws vector QR codes, {@code FormFonts} embeds DejaVu Serif.
 *
 * <p>Plain Java with PDFBox and ZXing: no Spring.
 */
package vn.motcua.dossier.slip;
