package vn.motcua.dossier.slip;

import static vn.motcua.dossier.slip.A5FormLayout.CONTENT_WIDTH;
import static vn.motcua.dossier.slip.A5FormLayout.MM;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;

import vn.motcua.dossier.slip.Block.Align;

/** The parts every one-stop form shares: type sizes, the national heading, the issuing office, a QR code. */
final class OneStopForms {

    static final float HAIRLINE = 0.6f;
    static final float GUTTER = 4 * MM;
    /** The floor for a QR code is 25 mm; 28 mm keeps the modules of a long link near 2 pt, easy for any phone. */
    static final float QR_SIDE = 28 * MM;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final float HEADING_SIZE = 8f;
    private static final float TITLE_SIZE = 11f;
    private static final float BODY_SIZE = 9f;
    private static final float SMALL_SIZE = 7f;

    private OneStopForms() {
    }

    record Styles(TextStyle regular, TextStyle bold, TextStyle headingBold, TextStyle title, TextStyle small, TextStyle smallBold) {

        Styles(FormFonts.Embedded fonts) {
            this(new TextStyle(fonts.regular(), BODY_SIZE), new TextStyle(fonts.bold(), BODY_SIZE),
                    new TextStyle(fonts.bold(), HEADING_SIZE), new TextStyle(fonts.bold(), TITLE_SIZE),
                    new TextStyle(fonts.regular(), SMALL_SIZE), new TextStyle(fonts.bold(), SMALL_SIZE));
        }
    }

    /** Describes a new document (title, author, Vietnamese language) and embeds both faces in it. */
    static Styles begin(PDDocument document, FormFonts fonts, String title, String author) throws IOException {
        describe(document, title, author);
        return new Styles(fonts.embedIn(document));
    }

    /**
     * Describes a new document and embeds both faces in it, in their compact cut when it shows every
     * character of {@code texts}: whatever the document prints besides the forms' own wording.
     */
    static Styles begin(PDDocument document, FormFonts fonts, String title, String author, List<String> texts) throws IOException {
        describe(document, title, author);
        return new Styles(fonts.embedIn(document, texts));
    }

    private static void describe(PDDocument document, String title, String author) {
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setAuthor(author);
        // Lets screen readers and text extraction treat the text as Vietnamese.
        document.getDocumentCatalog().setLanguage("vi-VN");
    }

    /** An A5 layout whose first row is the issuing office beside the national heading. */
    static A5FormLayout headed(PDDocument document, Styles styles, String officeName, String officeCode) throws IOException {
        A5FormLayout layout = new A5FormLayout(document, styles.small(), null);
        Block nation = nationalHeading(styles);
        layout.row(GUTTER, issuer(officeName, officeCode, styles, CONTENT_WIDTH - nation.width() - GUTTER), nation);
        return layout;
    }

    /** The last row: the QR code of the document's public link beside who issued it; then the layout is finished. */
    static void finishWithQr(A5FormLayout layout, Styles styles, String url, String caption, String issuedBy, String issuer)
            throws IOException {
        Block lookup = qrBlock(url, caption, styles);
        layout.row(GUTTER, lookup, new Block(CONTENT_WIDTH - lookup.width() - GUTTER)
                .gap(2 * MM)
                .paragraph(Align.CENTER, new Span(issuedBy, styles.bold()))
                .paragraph(Align.CENTER, new Span(issuer, styles.small())));
        layout.finish();
    }

    static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        document.save(pdf);
        return pdf.toByteArray();
    }

    /** The right-hand heading is as wide as the national name needs; the issuing office gets the rest. */
    static Block nationalHeading(Styles styles) {
        Span nation = new Span(NATION, styles.headingBold());
        Span motto = new Span(MOTTO, styles.headingBold());
        return new Block(nation.width() + 2)
                .paragraph(Align.CENTER, nation)
                .paragraph(Align.CENTER, motto)
                .gap(1.5f)
                .rule(motto.width(), HAIRLINE);
    }

    static Block issuer(String officeName, String officeCode, Styles styles, float width) {
        return new Block(width)
                .paragraph(Align.CENTER, new Span(officeName.toUpperCase(VIETNAMESE), styles.headingBold()))
                .gap(1.5f)
                .rule(width / 3, HAIRLINE)
                .gap(2)
                .paragraph(Align.CENTER, new Span("Mã đơn vị: " + officeCode, styles.small()));
    }

    /** "Label: value" on one wrapped paragraph; nothing when there is no value. */
    static void field(Block block, Styles styles, String label, String value, boolean emphasised) {
        if (value != null && !value.isBlank()) {
            block.paragraph(Align.LEFT, new Span(label, styles.regular()),
                    new Span(value.strip(), emphasised ? styles.bold() : styles.regular()));
        }
    }

    static Block qrBlock(String url, String caption, Styles styles) {
        Graphic qr = QrCodeRenderer.render(url, QR_SIDE);
        return new Block(Math.max(qr.width(), CONTENT_WIDTH * 0.45f))
                .graphic(qr)
                .paragraph(Align.CENTER, new Span(caption, styles.smallBold()))
                .paragraph(Align.CENTER, new Span(url, styles.small()));
    }
}
