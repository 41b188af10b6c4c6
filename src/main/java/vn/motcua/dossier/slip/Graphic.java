package vn.motcua.dossier.slip;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Something of a fixed size that a {@link Block} can place, such as a QR code. Sizes in points. */
interface Graphic {

    float width();

    float height();

    /** Draws with the lower left corner at ({@code x}, {@code y}), PDF coordinates. */
    void drawAt(PDPageContentStream stream, float x, float y) throws IOException;
}
