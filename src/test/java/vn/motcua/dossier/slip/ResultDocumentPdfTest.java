package vn.motcua.dossier.slip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ResultDocumentPdfTest {

    static final ResultDocumentPdf RESULTS = new ResultDocumentPdf();

    @Test
    void printsTheResultWithItsLinesAndSaysHowManyPagesItHas() throws IOException {
        RenderedPdf pdf = RESULTS.render(aBirthExtract("Trần Bảo Ân"));

        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            assertThat(pdf.pages()).isEqualTo(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("TRÍCH LỤC KHAI SINH ĐIỆN TỬ", "Số: 123/2026",
                    "Mã hồ sơ: 000.00.21.H56-260302-0001", "Họ, chữ đệm, tên: Trần Bảo Ân", "Nơi sinh: Trạm y tế xã An Phú",
                    "ỦY BAN NHÂN DÂN XÃ", "do Ủy ban nhân dân xã An Phú cấp");
            assertThat(fonts(document)).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
    }

    @Test
    void printsACharacterTheCompactFontsLackWithTheWholeFaces() throws IOException {
        RenderedPdf pdf = RESULTS.render(aBirthExtract("Анна Петрова"));

        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Họ, chữ đệm, tên: Анна Петрова").doesNotContain("?");
        }
    }

    @Test
    void theCompactFontsShowEveryVietnameseLetter() {
        String vowels = "aăâeêioôơuưy";
        String marked = "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵđ";
        var fonts = new FormFonts();
        assertThat(fonts.compactShows(vowels + marked + vowels.toUpperCase() + marked.toUpperCase() + " 0123456789 ,.;:-–()/№"))
                .isTrue();
        assertThat(fonts.compactShows("Анна")).isFalse();
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        var resources = document.getPage(0).getResources();
        List<PDFont> fonts = new java.util.ArrayList<>();
        for (var name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    private static ResultDocument aBirthExtract(String childName) {
        return new ResultDocument("Ủy ban nhân dân xã An Phú", "000.00.21.H56", "000.00.21.H56-260302-0001",
                "Trích lục khai sinh điện tử", "123/2026",
                List.of(new ResultDocument.Line("Họ, chữ đệm, tên", childName), new ResultDocument.Line("Ngày sinh", "10/02/2026"),
                        new ResultDocument.Line("Nơi sinh", "Trạm y tế xã An Phú")),
                ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")),
                "http://localhost:8080/api/public/dossiers/000.00.21.H56-260302-0001");
    }
}
