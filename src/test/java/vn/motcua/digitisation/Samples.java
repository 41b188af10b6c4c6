package vn.motcua.digitisation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Files as they reach the counter: real PDFs and images, and things that only pretend to be. */
final class Samples {

    private Samples() {
    }

    /** A PDF of that many pages, each numbered, with a marker that makes its bytes unique. */
    static byte[] pdf(int pages) {
        return pdf(pages, null);
    }

    static byte[] passwordProtectedPdf() {
        return pdf(1, "mat-khau");
    }

    private static byte[] pdf(int pages, String userPassword) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            long marker = ThreadLocalRandom.current().nextLong();
            for (int i = 1; i <= pages; i++) {
                var page = new PDPage();
                document.addPage(page);
                try (var text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    text.newLineAtOffset(72, 720);
                    text.showText("Trang " + i + " / " + pages + " #" + marker);
                    text.endText();
                }
            }
            if (userPassword != null) {
                var policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code percent} of the file, as a dropped connection leaves it. */
    static byte[] firstPart(byte[] file, int percent) {
        return Arrays.copyOf(file, file.length * percent / 100);
    }

    static byte[] jpeg() {
        return image("jpg");
    }

    static byte[] png() {
        return image("png");
    }

    private static byte[] image(String format) {
        var image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(ThreadLocalRandom.current().nextInt(8), ThreadLocalRandom.current().nextInt(8),
                ThreadLocalRandom.current().nextInt(0xFFFFFF));
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zip() {
        try (var bytes = new ByteArrayOutputStream()) {
            try (var zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("giay-khai-sinh.pdf"));
                zip.write(pdf(1));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of a Windows executable: "MZ", then the DOS stub. */
    static byte[] exe() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4E, stub.length);
        return exe;
    }

    static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    static byte[] text() {
        return "Giấy khai sinh của Nguyễn Văn An".getBytes(StandardCharsets.UTF_8);
    }

    /** A 12-digit personal id number no other test uses. */
    static String anIdNumber() {
        return String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }
}
