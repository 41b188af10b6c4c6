package vn.motcua.dossier.slip;

import static vn.motcua.dossier.slip.A5FormLayout.CONTENT_WIDTH;
import static vn.motcua.dossier.slip.A5FormLayout.MM;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

import org.apache.pdfbox.pdmodel.PDDocument;

import vn.motcua.dossier.slip.Block.Align;
import vn.motcua.dossier.slip.OneStopForms.Styles;

/** Prints a {@link ResultDocument} as an A5 PDF in the one-stop forms' style. Thread-safe. */
public final class ResultDocumentPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("'ngày 'dd' tháng 'MM' năm 'yyyy");
    private static final float GUTTER = 4 * MM;

    private final FormFonts fonts = new FormFonts();

    public byte[] render(ResultDocument result) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(result.title() + " - " + result.dossierCode());
            document.getDocumentInformation().setAuthor(result.officeName());
            document.getDocumentCatalog().setLanguage("vi-VN");
            Styles styles = new Styles(fonts.embedIn(document));
            A5FormLayout layout = new A5FormLayout(document, styles.small(), null);
            Block nation = OneStopForms.nationalHeading(styles);
            layout.row(GUTTER, OneStopForms.issuer(result.officeName(), result.officeCode(), styles,
                    CONTENT_WIDTH - nation.width() - GUTTER), nation);
            Block body = A5FormLayout.fullWidth()
                    .gap(5 * MM)
                    .paragraph(Align.CENTER, new Span(result.title().toUpperCase(java.util.Locale.forLanguageTag("vi-VN")), styles.title()))
                    .gap(1);
            OneStopForms.field(body, styles, "Số: ", result.number(), true);
            OneStopForms.field(body, styles, "Mã hồ sơ: ", result.dossierCode(), false);
            body.gap(3 * MM);
            for (ResultDocument.Line line : result.lines()) {
                OneStopForms.field(body, styles, line.label() + ": ", line.value(), false);
            }
            body.gap(3 * MM).paragraph(Align.RIGHT, new Span("Cấp " + DATE.format(result.issuedAt()), styles.regular()));
            layout.flow(body);
            Block lookup = OneStopForms.qrBlock(result.lookupUrl(), "Tra cứu hồ sơ và kết quả", styles);
            layout.row(GUTTER, lookup, new Block(CONTENT_WIDTH - lookup.width() - GUTTER)
                    .gap(2 * MM)
                    .paragraph(Align.CENTER, new Span("VĂN BẢN ĐIỆN TỬ", styles.bold()))
                    .paragraph(Align.CENTER, new Span("do " + result.officeName() + " cấp", styles.small())));
            layout.finish();
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + result.title() + " of " + result.dossierCode(), e);
        }
    }
}
