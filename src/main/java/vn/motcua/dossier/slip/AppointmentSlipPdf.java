package vn.motcua.dossier.slip;

import static vn.motcua.dossier.slip.A5FormLayout.CONTENT_WIDTH;
import static vn.motcua.dossier.slip.A5FormLayout.MM;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.motcua.dossier.slip.Block.Align;
import vn.motcua.dossier.slip.OneStopForms.Styles;

/**
 * Prints the receipt and appointment slip, form 01 of Circular 01/2018/TT-VPCP ("Giấy tiếp nhận hồ sơ và
 * hẹn trả kết quả"): an A5 portrait page in Vietnamese, with a QR code of the dossier's lookup link (or, on a
 * slip to be signed, of its verification link, the lookup link then printed as text), and further pages when the
 * component list does not fit on one.
 *
 * <p>Thread-safe: one instance can serve every intake at once.
 */
public final class AppointmentSlipPdf {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /** "08h30, ngày 22/01/2026": the way provincial one-stop systems print appointment times. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm', ngày 'dd/MM/yyyy");

    private static final String TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";

    private static final float GUTTER = OneStopForms.GUTTER;
    private static final float HAIRLINE = OneStopForms.HAIRLINE;

    private final FormFonts fonts;

    /** Reads the embedded fonts once; rendering then needs no further resources. */
    public AppointmentSlipPdf() {
        this.fonts = new FormFonts();
    }

    /**
     * @return the PDF (one A5 portrait page, more when the component list is long) and its number of pages
     * @throws IllegalArgumentException if the lookup link is too long for a QR code
     */
    public RenderedPdf render(AppointmentSlip slip) {
        try (PDDocument document = new PDDocument()) {
            Styles styles = OneStopForms.begin(document, fonts, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả " + slip.dossierCode(),
                    slip.officeName());
            document.getDocumentInformation().setSubject(slip.procedureName());
            A5FormLayout layout = new A5FormLayout(document, styles.small(), continuationHeader(slip, styles));
            Block nation = OneStopForms.nationalHeading(styles);
            layout.row(GUTTER, OneStopForms.issuer(slip.officeName(), slip.officeCode(), styles, CONTENT_WIDTH - nation.width() - GUTTER), nation);
            layout.flow(title(slip, styles));
            layout.flow(applicant(slip, styles));
            layout.flow(components(slip, styles));
            layout.keepTogether(times(slip, styles));
            Block lookup = lookup(slip, styles);
            layout.row(GUTTER, lookup, receiver(slip, styles, CONTENT_WIDTH - lookup.width() - GUTTER));
            layout.finish();
            int pages = document.getNumberOfPages();
            return new RenderedPdf(OneStopForms.save(document), pages);
        } catch (IOException e) {
            // Everything happens in memory, so this is a PDFBox or font failure, never a transient one.
            throw new UncheckedIOException("cannot render the appointment slip of " + slip.dossierCode(), e);
        }
    }

    private static Block title(AppointmentSlip slip, Styles styles) {
        return A5FormLayout.fullWidth()
                .gap(5 * MM)
                .paragraph(Align.CENTER, new Span(TITLE, styles.title()))
                .gap(1)
                .paragraph(Align.CENTER, new Span("Mã hồ sơ: ", styles.regular()), new Span(slip.dossierCode(), styles.bold()))
                .gap(3 * MM);
    }

    private static Block applicant(AppointmentSlip slip, Styles styles) {
        Block block = A5FormLayout.fullWidth();
        OneStopForms.field(block, styles, "Tiếp nhận hồ sơ của: ", slip.applicantName(), true);
        OneStopForms.field(block, styles, "Số định danh cá nhân: ", slip.applicantIdNumber(), false);
        OneStopForms.field(block, styles, "Số điện thoại: ", slip.applicantPhone(), false);
        OneStopForms.field(block, styles, "Địa chỉ: ", slip.applicantAddress(), false);
        OneStopForms.field(block, styles, "Nội dung yêu cầu giải quyết: ", slip.procedureName(), true);
        OneStopForms.field(block, styles, "Hình thức nộp hồ sơ: ", slip.channel(), false);
        return block;
    }

    private static Block components(AppointmentSlip slip, Styles styles) {
        List<SlipComponent> components = slip.components();
        Block block = A5FormLayout.fullWidth()
                .gap(1.5f * MM)
                .paragraph(Align.LEFT, new Span("Thành phần hồ sơ gồm:", styles.bold()));
        // The widest number sets the indent, so the names of a long list start in one column.
        float numberIndent = 3 * MM;
        float textIndent = numberIndent + new Span(components.size() + ". ", styles.regular()).width();
        for (int i = 0; i < components.size(); i++) {
            SlipComponent component = components.get(i);
            String note = component.note() == null || component.note().isBlank() ? "" : " (" + component.note().strip() + ")";
            block.item(new Span((i + 1) + ".", styles.regular()), numberIndent, textIndent,
                    new Span(component.name().strip(), styles.regular()), new Span(note, styles.regular()));
        }
        return block;
    }

    private static Block times(AppointmentSlip slip, Styles styles) {
        Block block = A5FormLayout.fullWidth()
                .gap(1.5f * MM)
                .paragraph(Align.LEFT, new Span("Thời gian nhận hồ sơ: ", styles.regular()),
                        new Span(format(slip.receivedAt()), styles.bold()))
                .paragraph(Align.LEFT, new Span("Thời gian trả kết quả: ", styles.regular()),
                        new Span(format(slip.dueAt()), styles.bold()));
        if (slip.verifyUrl() != null) {
            // the QR code checks the slip; the dossier's progress is followed at its lookup link
            block.paragraph(Align.LEFT, new Span("Tra cứu hồ sơ: ", styles.regular()), new Span(slip.lookupUrl(), styles.small()));
        }
        return block.gap(3 * MM);
    }

    /** In the zone the time carries: the office's own clock, whatever zone the server runs in. */
    private static String format(ZonedDateTime time) {
        return TIME.format(time);
    }

    private static Block lookup(AppointmentSlip slip, Styles styles) {
        return slip.verifyUrl() == null ? OneStopForms.qrBlock(slip.lookupUrl(), "Tra cứu hồ sơ", styles)
                : OneStopForms.qrBlock(slip.verifyUrl(), "Xác thực chữ ký số của giấy này", styles);
    }

    private static Block receiver(AppointmentSlip slip, Styles styles, float width) {
        Block block = new Block(width)
                .gap(2 * MM)
                .paragraph(Align.CENTER, new Span("NGƯỜI TIẾP NHẬN HỒ SƠ", styles.bold()))
                .paragraph(Align.CENTER, new Span("(Ký và ghi rõ họ tên)", styles.small()))
                .gap(16 * MM);
        if (slip.receivedBy() != null && !slip.receivedBy().isBlank()) {
            block.paragraph(Align.CENTER, new Span(slip.receivedBy().strip(), styles.bold()));
        }
        return block;
    }

    private static Block continuationHeader(AppointmentSlip slip, Styles styles) {
        return A5FormLayout.fullWidth()
                .paragraph(Align.LEFT, new Span("Giấy tiếp nhận hồ sơ và hẹn trả kết quả - Mã hồ sơ: "
                        + slip.dossierCode() + " (tiếp theo)", styles.small()))
                .gap(1)
                .rule(CONTENT_WIDTH, HAIRLINE)
                .gap(3 * MM);
    }
}
