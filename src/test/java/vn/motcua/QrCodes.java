package vn.motcua;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads QR codes the way a phone would: from the rendered page, not from the code that drew them. */
public final class QrCodes {

    private QrCodes() {
    }

    /** The QR code on an image; an {@link AssertionError} when there is none that can be read. */
    public static Result decode(BufferedImage image) {
        try {
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no readable QR code on the page", e);
        }
    }

    /**
     * The text of the QR code on page 1 of a PDF, rendered at 150 dpi, else closer up (200, 300 dpi), as a phone that
     * fails to read a code at one distance tries at another: at one resolution the binariser may misread a module of
     * some codes (a ChecksumException, seen once in CI for a receipt with a random id).
     */
    public static String onFirstPage(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            AssertionError unreadable = null;
            for (int dpi : new int[] {150, 200, 300}) {
                try {
                    return decode(new PDFRenderer(document).renderImageWithDPI(0, dpi)).getText();
                } catch (AssertionError e) {
                    unreadable = e;
                }
            }
            throw unreadable;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
