package vn.motcua.dossier.slip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;

/** Wrapping measured with a standard font: the rules do not depend on the embedded one. */
class TextWrapperTest {

    static final TextStyle PLAIN = new TextStyle(new PDType1Font(FontName.COURIER), 10);
    static final TextStyle BOLD = new TextStyle(new PDType1Font(FontName.COURIER_BOLD), 10);
    /** Courier is 6 pt a character at 10 pt: 60 pt is ten characters. */
    static final float TEN_CHARACTERS = 60f;

    @Test
    void breaksAtSpacesAndDropsTheSpaceAtTheBreak() {
        assertThat(lines(TEN_CHARACTERS, new Span("one two three four", PLAIN)))
                .containsExactly("one two", "three four");
    }

    @Test
    void keepsAWordTogetherWhenItChangesStyleMidway() {
        List<Line> lines = TextWrapper.wrap(
                List.of(new Span("name: ", PLAIN), new Span("Hoà", BOLD), new Span(", born", PLAIN)), TEN_CHARACTERS);

        assertThat(lines).extracting(TextWrapperTest::text).containsExactly("name: Hoà,", "born");
        assertThat(lines.get(0).spans()).extracting(Span::style).containsExactly(PLAIN, BOLD, PLAIN);
    }

    @Test
    void breaksALinkAfterItsPunctuationAndCutsOnlyWhatIsLongerThanALine() {
        assertThat(lines(TEN_CHARACTERS, new Span("see https://a.vn/tra-cuu?ma=ABCDEFGHIJKLMN", PLAIN)))
                .containsExactly("see", "https://a.", "vn/tra-", "cuu?ma=", "ABCDEFGHIJ", "KLMN");
    }

    @Test
    void neverMakesALineWiderThanTheLimit() {
        String text = "Bản sao có chứng thực giấy tờ chứng minh chỗ ở hợp pháp https://dichvucong.gov.vn/p/"
                + "x".repeat(80) + " và văn bản đồng ý của chủ hộ";

        for (float width : new float[] {13f, 37f, 60f, 150f}) {
            assertThat(TextWrapper.wrap(List.of(new Span(text, PLAIN)), width))
                    .allSatisfy(line -> assertThat(line.width()).isLessThanOrEqualTo(width));
        }
    }

    @Test
    void composesDecomposedDiacriticsThenShowsWhatTheFontLacksAsQuestionMarks() {
        // Courier has "à" but neither "ễ" nor "ị"; decomposed, "ễ" would have been "e??".
        assertThat(lines(600f, new Span("Nguye\u0302\u0303n\tThi\u0323\r\nHoa\u0300\u200B", PLAIN)))
                .containsExactly("Nguy?n Th? Hoà");
    }

    private static List<String> lines(float width, Span... spans) {
        return TextWrapper.wrap(List.of(spans), width).stream().map(TextWrapperTest::text).toList();
    }

    private static String text(Line line) {
        return line.spans().stream().map(Span::text).reduce("", String::concat);
    }
}
