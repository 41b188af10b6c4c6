package vn.motcua.dossier.slip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static vn.motcua.dossier.slip.Slips.aBirthGroupSlip;

import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.qrcode.detector.FinderPattern;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import vn.motcua.QrCodes;

class AppointmentSlipPdfTest {

    static final float MM = 72f / 25.4f;

    /** Rendering is thread-safe, so one instance serves every test, as it serves every intake. */
    static final AppointmentSlipPdf SLIPS = new AppointmentSlipPdf();

    @Test
    void printsOneA5PageWithTheTitleDossierCodeApplicantTimesAndEveryComponent() throws IOException {
        AppointmentSlip slip = aBirthGroupSlip();

        try (PDDocument pdf = Loader.loadPDF(SLIPS.render(slip).content())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).as("points").isCloseTo(148 * MM, offset(1f));
            assertThat(page.getMediaBox().getHeight()).as("points").isCloseTo(210 * MM, offset(1f));
            String text = text(pdf);
            assertThat(text).contains(
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH QUẢNG NINH",
                    "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                    "Mã hồ sơ: 000.00.04.H56-260122-0001",
                    "Tiếp nhận hồ sơ của: Nguyễn Thị Hoà", "Số định danh cá nhân: 022190001234",
                    "Số điện thoại: 0912 345 678", "phường Hồng Hải", slip.procedureName(),
                    "Hình thức nộp hồ sơ: Trực tuyến",
                    "Thời gian nhận hồ sơ: 08h35, ngày 22/01/2026",
                    "Thời gian trả kết quả: 10h05, ngày 27/01/2026",
                    "NGƯỜI TIẾP NHẬN HỒ SƠ", "Trần Văn Bình", "Tra cứu hồ sơ");
            slip.components().forEach(component -> assertThat(text).contains(component.name(), component.note()));
            assertThat(text).contains("1. Tờ khai đăng ký khai sinh", "5. Tờ khai tham gia");
            assertThat(text).as("a single page needs no page numbers").doesNotContain("Trang 1/");
        }
    }

    @Test
    void carriesTheLookupLinkInAQrCodeThatAScannerReadsFromThePrintedPage() throws IOException {
        AppointmentSlip slip = aBirthGroupSlip();

        BufferedImage page;
        try (PDDocument pdf = Loader.loadPDF(SLIPS.render(slip).content())) {
            page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
        }
        Path artifact = Path.of("target", "slip-page1.png");
        Files.createDirectories(artifact.getParent());
        ImageIO.write(page, "png", artifact.toFile());

        Result qr = decodeQr(page);
        assertThat(qr.getText()).isEqualTo(slip.lookupUrl());
        assertThat(symbolSideInMm(qr, 150)).as("side of the QR symbol in mm").isGreaterThanOrEqualTo(25);
    }

    @Test
    void aSlipToBeSignedCarriesItsVerificationLinkInTheQrCodeAndItsLookupLinkAsText() throws IOException {
        AppointmentSlip slip = aBirthGroupSlip().toVerifyAt("https://dichvucong.quangninh.gov.vn/api/public/verify/"
                + "6f1c0a52-3a4e-4d0b-9a51-2f0d2c1c9e11");

        try (PDDocument pdf = Loader.loadPDF(SLIPS.render(slip).content())) {
            assertThat(decodeQr(new PDFRenderer(pdf).renderImageWithDPI(0, 150)).getText()).isEqualTo(slip.verifyUrl());
            assertThat(text(pdf)).contains("Xác thực chữ ký số của giấy này", "Tra cứu hồ sơ: " + slip.lookupUrl());
        }
        assertThat(aBirthGroupSlip().verifyUrl()).as("a preview is not signed").isNull();
    }

    @Test
    void printsTimesInTheZoneTheyCarry() throws IOException {
        AppointmentSlip slip = Slips.withTimes(aBirthGroupSlip(),
                ZonedDateTime.of(2026, 1, 22, 1, 35, 0, 0, ZoneOffset.UTC),
                ZonedDateTime.of(2026, 1, 27, 10, 5, 0, 0, Slips.HANOI));

        try (PDDocument pdf = Loader.loadPDF(SLIPS.render(slip).content())) {
            assertThat(text(pdf)).contains("Thời gian nhận hồ sơ: 01h35, ngày 22/01/2026",
                    "Thời gian trả kết quả: 10h05, ngày 27/01/2026");
        }
    }

    @Test
    void continuesALongComponentListOnFurtherPagesWithEveryNameAndNothingOutsideThePaper() throws IOException {
        AppointmentSlip slip = Slips.withComponents(aBirthGroupSlip(), Slips.fortyLongComponents());

        try (PDDocument pdf = Loader.loadPDF(SLIPS.render(slip).content())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String text = text(pdf);
            slip.components().forEach(component -> assertThat(text).contains(component.name(), component.note()));
            assertThat(text).contains("40. Thành phần số 40:", "Thời gian trả kết quả: 10h05, ngày 27/01/2026",
                    "(tiếp theo)", "Trang 1/" + pages, "Trang " + pages + "/" + pages);
            assertThat(glyphBoxes(pdf)).allSatisfy(glyph -> {
                assertThat(glyph.left()).as("left of %s", glyph).isGreaterThanOrEqualTo(10 * MM);
                assertThat(glyph.right()).as("right of %s", glyph).isLessThanOrEqualTo(138 * MM);
                assertThat(glyph.top()).as("top of %s", glyph).isGreaterThanOrEqualTo(5 * MM);
                assertThat(glyph.bottom()).as("bottom of %s", glyph).isLessThanOrEqualTo(205 * MM);
            });
            BufferedImage last = new PDFRenderer(pdf).renderImageWithDPI(pages - 1, 150);
            assertThat(decodeQr(last).getText()).as("the QR code follows the list").isEqualTo(slip.lookupUrl());
        }
    }

    @Test
    void wrapsALongLinkUnderTheQrCodeInsteadOfPrintingPastTheEdge() throws IOException {
        AppointmentSlip base = aBirthGroupSlip();
        String longLink = "https://dichvucong.quangninh.gov.vn/tra-cuu-ho-so?ma=" + base.dossierCode()
                + "&token=" + "a1b2c3d4e5".repeat(12);
        AppointmentSlip slip = new AppointmentSlip(base.officeName(), base.officeCode(), base.dossierCode(),
                base.procedureName(), base.applicantName(), base.applicantIdNumber(), base.applicantPhone(),
                base.applicantAddress(), base.channel(), base.components(), base.receivedAt(), base.dueAt(),
                base.receivedBy(), longLink);

        try (PDDocument pdf = Loader.loadPDF(SLIPS.render(slip).content())) {
            assertThat(glyphBoxes(pdf)).allSatisfy(glyph ->
                    assertThat(glyph.right()).as("right of %s", glyph).isLessThanOrEqualTo(138 * MM));
            assertThat(text(pdf).replaceAll("\\s", "")).contains(longLink);
            assertThat(decodeQr(new PDFRenderer(pdf).renderImageWithDPI(0, 150)).getText()).isEqualTo(longLink);
        }
    }

    @Test
    void leavesOutOptionalLinesThatAreMissingAndShowsUnprintableCharactersAsQuestionMarks() throws IOException {
        AppointmentSlip base = aBirthGroupSlip();
        AppointmentSlip slip = new AppointmentSlip(base.officeName(), base.officeCode(), base.dossierCode(),
                base.procedureName(), "Nguye\u0302\u0303n Thi\u0323 Hoa\u0300 \uD83D\uDE00", null, " ",
                "Thôn\tĐông,\nxã Yên Thọ", null, base.components(), base.receivedAt(), base.dueAt(), null,
                base.lookupUrl());

        try (PDDocument pdf = Loader.loadPDF(SLIPS.render(slip).content())) {
            String text = text(pdf);
            assertThat(text).as("decomposed diacritics are composed").contains("Tiếp nhận hồ sơ của: Nguyễn Thị Hoà ?");
            assertThat(text).contains("Địa chỉ: Thôn Đông, xã Yên Thọ")
                    .doesNotContain("Số định danh cá nhân", "Số điện thoại", "Hình thức nộp hồ sơ");
        }
    }

    @Test
    void rendersSlipsForSeveralIntakesAtOnce() {
        List<CompletableFuture<String>> renderings = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            AppointmentSlip slip = Slips.withDossierCode(aBirthGroupSlip(), "000.00.04.H56-260122-000" + i);
            renderings.add(CompletableFuture.supplyAsync(() -> {
                try (PDDocument pdf = Loader.loadPDF(SLIPS.render(slip).content())) {
                    return text(pdf);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }

        IntStream.rangeClosed(1, 4).forEach(i ->
                assertThat(renderings.get(i - 1).join()).contains("Mã hồ sơ: 000.00.04.H56-260122-000" + i));
    }

    @Test
    void refusesASlipDueBeforeItWasReceived() {
        AppointmentSlip slip = aBirthGroupSlip();

        assertThatThrownBy(() -> Slips.withTimes(slip, slip.dueAt(), slip.receivedAt()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("due");
    }

    /** Text with line breaks inside wrapped paragraphs folded into spaces, as a reader would quote it. */
    static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    static Result decodeQr(BufferedImage image) {
        return QrCodes.decode(image);
    }

    /**
     * The finder patterns' centres sit 3.5 modules inside the symbol's corners, so the side is the distance
     * between the top two centres plus 7 modules.
     */
    static double symbolSideInMm(Result qr, int dpi) {
        // QR result points are the bottom left, top left and top right finder patterns, in that order.
        FinderPattern topLeft = (FinderPattern) qr.getResultPoints()[1];
        FinderPattern topRight = (FinderPattern) qr.getResultPoints()[2];
        double pixels = ResultPoint.distance(topLeft, topRight) + 7 * topLeft.getEstimatedModuleSize();
        return pixels / dpi * 25.4;
    }

    record GlyphBox(String text, float left, float right, float top, float bottom) {
    }

    /** Every glyph's box in points from the top left corner of its page. */
    static List<GlyphBox> glyphBoxes(PDDocument pdf) throws IOException {
        List<GlyphBox> boxes = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    boxes.add(new GlyphBox(p.getUnicode(), p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(),
                            p.getYDirAdj() - p.getHeightDir(), p.getYDirAdj()));
                }
            }
        };
        stripper.getText(pdf);
        return boxes;
    }
}
