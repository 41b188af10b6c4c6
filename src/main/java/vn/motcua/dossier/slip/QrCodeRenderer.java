package vn.motcua.dossier.slip;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws QR codes as vector squares in the PDF.
 *
 * <p>Vectors stay sharp at any printer resolution and cost a few hundred bytes, where an image would
 * need a resolution chosen in advance. Error correction level M (15%) survives the creases and stamps a
 * paper slip collects without making the symbol denser than a phone camera reads comfortably.
 */
final class QrCodeRenderer {

    /** ISO/IEC 18004 asks for 4 light modules around the symbol, or scanners may not find it. */
    static final int QUIET_ZONE_MODULES = 4;

    /**
     * Recently encoded contents: the results of one dossier carry the same link, and choosing the mask of a
     * symbol (eight trial encodings) costs more than drawing it. Matrices are only read once made.
     */
    private static final Map<String, BitMatrix> RECENT = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BitMatrix> eldest) {
            return size() > 256;
        }
    });

    private QrCodeRenderer() {
    }

    /**
     * @param symbolSide side of the symbol itself in points; the returned graphic adds the quiet zone
     * @throws IllegalArgumentException if the content is too long for a QR code
     */
    static Graphic render(String content, float symbolSide) {
        BitMatrix modules = RECENT.computeIfAbsent(content, QrCodeRenderer::encode);
        int count = modules.getWidth();
        float module = symbolSide / count;
        float quietZone = QUIET_ZONE_MODULES * module;
        float side = symbolSide + 2 * quietZone;
        return new Graphic() {
            @Override
            public float width() {
                return side;
            }

            @Override
            public float height() {
                return side;
            }

            @Override
            public void drawAt(PDPageContentStream stream, float x, float y) throws IOException {
                float left = x + quietZone;
                float top = y + quietZone + symbolSide;
                // One path filled once: the rasteriser then merges touching squares, with no hairline seams.
                for (int row = 0; row < count; row++) {
                    int column = 0;
                    while (column < count) {
                        if (!modules.get(column, row)) {
                            column++;
                            continue;
                        }
                        int runStart = column;
                        while (column < count && modules.get(column, row)) {
                            column++;
                        }
                        stream.addRect(left + runStart * module, top - (row + 1) * module,
                                (column - runStart) * module, module);
                    }
                }
                stream.setNonStrokingColor(0f);
                stream.fill();
            }
        };
    }

    private static BitMatrix encode(String content) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(content)) {
            // Only then: the UTF-8 marker (ECI) costs capacity and a few old readers ignore it.
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + content.length() + " characters as a QR code", e);
        }
    }
}
