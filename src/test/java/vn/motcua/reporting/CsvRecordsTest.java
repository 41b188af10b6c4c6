package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaksAndTellsTheLineEachRecordStartsOn() {
        var records = new CsvRecords(new StringReader("\uFEFFcode,field\r\nA,\"Đất đai, nhà ở\"\r\n\r\nB,\"nói \"\"có\"\"\nhai dòng\"\nC,\n"));

        assertThat(records.next()).containsExactly("code", "field");
        assertThat(records.line()).isEqualTo(1);
        assertThat(records.next()).containsExactly("A", "Đất đai, nhà ở");
        assertThat(records.line()).isEqualTo(2);
        assertThat(records.next()).containsExactly("B", "nói \"có\"\nhai dòng");
        assertThat(records.line()).isEqualTo(4);
        assertThat(records.next()).containsExactly("C", "");
        assertThat(records.line()).isEqualTo(6);
        assertThat(records.next()).isNull();
    }
}
