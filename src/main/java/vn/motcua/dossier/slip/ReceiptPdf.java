package vn.motcua.dossier.slip;

import static vn.motcua.dossier.slip.A5FormLayout.MM;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;

import vn.motcua.dossier.slip.Block.Align;
import vn.motcua.dossier.slip.OneStopForms.Styles;
import vn.motcua.fee.ReceiptDocument;

/**
 * Prints a fee receipt ({@link ReceiptDocument}) as an A5 PDF in the one-stop forms' style, with a QR
 * code of its verification link. A cancellation says which receipt it cancels and why. Thread-safe.
 */
public final class ReceiptPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("'Ngày 'dd' tháng 'MM' năm 'yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final FormFonts fonts = new FormFonts();

    /** The receipt, unsigned, with the number of pages it took. */
    public RenderedPdf render(ReceiptDocument receipt) {
        boolean cancellation = receipt.cancels() != null;
        String title = cancellation ? "Biên lai hủy biên lai thu phí, lệ phí" : "Biên lai thu phí, lệ phí";
        try (PDDocument document = new PDDocument()) {
            Styles styles = OneStopForms.begin(document, fonts, title + " " + receipt.series() + " số " + receipt.number(),
                    receipt.officeName());
            A5FormLayout layout = OneStopForms.headed(document, styles, receipt.officeName(), receipt.officeCode());
            Block body = A5FormLayout.fullWidth()
                    .gap(5 * MM)
                    .paragraph(Align.CENTER, new Span(title.toUpperCase(VIETNAMESE), styles.title()))
                    .paragraph(Align.CENTER, new Span("(Biên lai điện tử)", styles.small()))
                    .gap(1);
            OneStopForms.field(body, styles, "Ký hiệu: ", receipt.series(), false);
            OneStopForms.field(body, styles, "Số: ", receipt.number(), true);
            if (cancellation) {
                OneStopForms.field(body, styles, "Hủy biên lai số: ", receipt.cancels() + " (ký hiệu " + receipt.series() + ")", true);
                OneStopForms.field(body, styles, "Lý do hủy: ", receipt.cancellationReason(), false);
            }
            body.gap(3 * MM);
            OneStopForms.field(body, styles, "Người nộp: ", receipt.payerName(), true);
            OneStopForms.field(body, styles, "Số định danh cá nhân: ", receipt.payerIdNumber(), false);
            OneStopForms.field(body, styles, "Mã hồ sơ: ", receipt.dossierCode(), false);
            body.gap(2 * MM);
            for (ReceiptDocument.Line line : receipt.lines()) {
                OneStopForms.field(body, styles, line.description() + ": ", line.amount(), false);
            }
            OneStopForms.field(body, styles, "Tổng cộng: ", receipt.total(), true);
            OneStopForms.field(body, styles, "Bằng chữ: ", receipt.totalInWords(), false);
            body.gap(3 * MM).paragraph(Align.RIGHT, new Span(DATE.format(receipt.issuedAt()), styles.regular()));
            layout.flow(body);
            OneStopForms.finishWithQr(layout, styles, receipt.verifyUrl(), "Xác thực biên lai", "ĐƠN VỊ THU", receipt.officeName());
            int pages = document.getNumberOfPages();
            return new RenderedPdf(OneStopForms.save(document), pages);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render receipt " + receipt.series() + " " + receipt.number(), e);
        }
    }
}
