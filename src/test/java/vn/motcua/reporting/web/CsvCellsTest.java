package vn.motcua.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Text cells a spreadsheet would evaluate get a leading quote inside double quotes; others are plain RFC 4180. */
class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1", "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20SUM(A1)"})
    void neutralisesEveryCellThatWouldStartAFormula(String text) {
        assertThat(CsvCells.text(text)).isEqualTo("\"'" + text + "\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "Hộ tịch|Hộ tịch",
            "Đất đai, nhà ở|\"Đất đai, nhà ở\"",
            "Nói \"không\"|\"Nói \"\"không\"\"\"",
            "Tư pháp - Hộ tịch|Tư pháp - Hộ tịch"})
    void writesOtherTextAsItIsQuotedOnlyWhenItMustBe(String text, String cell) {
        assertThat(CsvCells.text(text)).isEqualTo(cell);
    }

    @Test
    void doublesTheQuotesOfANeutralisedCell() {
        assertThat(CsvCells.text("=HYPERLINK(\"http://evil.example\",\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
    }
}
