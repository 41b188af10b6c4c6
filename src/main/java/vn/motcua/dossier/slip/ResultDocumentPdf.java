package vn.motcua.dossier.slip;

import static vn.motcua.dossier.slip.A5FormLayout.MM;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import vn.motcua.dossier.slip.Block.Align;
import vn.motcua.dossier.slip.OneStopForms.Styles;

/** Prints a {@link ResultDocument} as an A5 PDF in the one-stop forms' style. Thread-safe. */
public final class ResultDocumentPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("'ngày 'dd' tháng 'MM' năm 'yyyy");

    private final FormFonts fonts = new FormFonts();

    /** Everything the result prints besides its fixed wording. */
    private static List<String> printed(ResultDocument result) {
        List<String> texts = new ArrayList<>(List.of(result.officeName(), result.officeCode(), result.dossierCode(), result.title(),
                result.lookupUrl()));
        texts.add(result.number());
        result.lines().forEach(line -> {
            texts.add(line.label());
            texts.add(line.value());
        });
        return texts;
    }

    public RenderedPdf render(ResultDocument result) {
        try (PDDocument document = new PDDocument()) {
            Styles styles = OneStopForms.begin(document, fonts, result.title() + " - " + result.dossierCode(), result.officeName(),
                    printed(result));
            A5FormLayout layout = OneStopForms.headed(document, styles, result.officeName(), result.officeCode());
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
            OneStopForms.finishWithQr(layout, styles, result.lookupUrl(), "Kiểm tra chữ ký số của văn bản", "VĂN BẢN ĐIỆN TỬ",
                    "do " + result.officeName() + " cấp");
            return new RenderedPdf(OneStopForms.save(document), document.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + result.title() + " of " + result.dossierCode(), e);
        }
    }
}
