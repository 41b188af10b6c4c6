package vn.motcua.signing;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The visible stamp of a signature at the top left of page 1, as the digitisation rules require (Circular
 * 01/2023/TT-VPCP): who signed, when (Vietnam time) and why. The first signature's stamp sits in the top
 * margin at the left; later ones (a leader after the digitiser) line up to its right, then on a row below.
 *
 * <p>PDFBox takes a visible signature as a one-page template document holding the signature field's widget
 * and appearance; {@link #template} builds it.
 */
final class SignatureStamp {

    static final float MM = 72f / 25.4f;
    static final float WIDTH = 62 * MM;
    static final float HEIGHT = 11 * MM;
    private static final float LEFT = 6 * MM;
    private static final float TOP = 1.5f * MM;
    private static final float GAP = 2 * MM;
    private static final float PADDING = 1.5f * MM;
    private static final float FONT_SIZE = 6.5f;
    private static final float MIN_FONT_SIZE = 4f;
    private static final Color INK = new Color(0xB0, 0x10, 0x10);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss xxx");

    private final StampFont font = new StampFont();

    /** Where the stamp of the signature with this index (0 for the first) goes on a page with this crop box. */
    static PDRectangle area(PDRectangle page, int index) {
        int perRow = Math.max(1, (int) ((page.getWidth() - LEFT + GAP) / (WIDTH + GAP)));
        int row = index / perRow;
        int column = index % perRow;
        float x = page.getLowerLeftX() + LEFT + column * (WIDTH + GAP);
        float y = page.getUpperRightY() - TOP - HEIGHT - row * (HEIGHT + GAP);
        return new PDRectangle(x, y, WIDTH, HEIGHT);
    }

    /** A template document with the signature field and its stamp on a page the size of {@code page}. */
    InputStream template(PDRectangle page, PDRectangle area, String signer, ZonedDateTime signedAt, String reason)
            throws IOException {
        try (PDDocument template = new PDDocument()) {
            template.addPage(new PDPage(page));
            var form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            var field = new PDSignatureField(form);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(area);

            var xobject = new PDFormXObject(new PDStream(template));
            xobject.setResources(new PDResources());
            xobject.setFormType(1);
            xobject.setBBox(new PDRectangle(area.getWidth(), area.getHeight()));
            var appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            var stream = new PDAppearanceStream(xobject.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);
            draw(template, stream, signer, signedAt, reason);

            var bytes = new ByteArrayOutputStream(32 * 1024);
            // object streams would only be unpacked again when PDFBox reads the template back
            template.save(bytes, CompressParameters.NO_COMPRESSION);
            return new ByteArrayInputStream(bytes.toByteArray());
        }
    }

    private void draw(PDDocument template, PDAppearanceStream stream, String signer, ZonedDateTime signedAt, String reason)
            throws IOException {
        PDFont face = font.embedIn(template);
        List<Line> lines = List.of(
                new Line("Ký bởi: ", StampFont.printable(signer)),
                new Line("Thời gian ký: ", TIME.format(signedAt)),
                new Line("Lý do: ", StampFont.printable(reason)));
        float usable = WIDTH - 2 * PADDING;
        try (var content = new PDPageContentStream(template, stream)) {
            content.setNonStrokingColor(new Color(255, 255, 255));
            content.addRect(0, 0, WIDTH, HEIGHT);
            content.fill();
            content.setStrokingColor(INK);
            content.setLineWidth(0.8f);
            content.addRect(1, 1, WIDTH - 2, HEIGHT - 2);
            content.stroke();
            content.setNonStrokingColor(INK);
            float leading = (HEIGHT - 2 * PADDING) / lines.size();
            float baseline = HEIGHT - PADDING - leading * 0.75f;
            for (Line line : lines) {
                float size = fit(line, face, usable);
                String text = line.label() + shorten(line.value(), face, size, usable - width(face, line.label(), size));
                content.beginText();
                content.newLineAtOffset(PADDING, baseline);
                content.setFont(face, size);
                content.showText(text);
                content.endText();
                baseline -= leading;
            }
        }
    }

    /** The largest size up to {@link #FONT_SIZE} at which the line fits, but not below {@link #MIN_FONT_SIZE}. */
    private static float fit(Line line, PDFont face, float usable) throws IOException {
        float atOne = width(face, line.label() + line.value(), 1);
        return Math.max(MIN_FONT_SIZE, Math.min(FONT_SIZE, usable / atOne));
    }

    private static String shorten(String text, PDFont font, float size, float available) throws IOException {
        if (width(font, text, size) <= available) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(font, cut + "…", size) > available) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static float width(PDFont font, String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private record Line(String label, String value) {
    }
}
