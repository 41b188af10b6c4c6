package vn.motcua.dossier.slip;

import static vn.motcua.dossier.slip.A5FormLayout.CONTENT_WIDTH;
import static vn.motcua.dossier.slip.A5FormLayout.MM;

import java.util.Locale;

import vn.motcua.dossier.slip.Block.Align;

/** The parts every one-stop form shares: type sizes, the national heading, the issuing office, a QR code. */
final class OneStopForms {

    static final float HAIRLINE = 0.6f;
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
