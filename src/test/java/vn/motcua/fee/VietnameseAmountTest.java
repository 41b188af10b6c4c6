package vn.motcua.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseAmountTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                   | Không đồng
            1                   | Một đồng
            5                   | Năm đồng
            10                  | Mười đồng
            11                  | Mười một đồng
            15                  | Mười lăm đồng
            20                  | Hai mươi đồng
            21                  | Hai mươi mốt đồng
            25                  | Hai mươi lăm đồng
            31                  | Ba mươi mốt đồng
            101                 | Một trăm linh một đồng
            110                 | Một trăm mười đồng
            115                 | Một trăm mười lăm đồng
            1000                | Một nghìn đồng
            10000               | Mười nghìn đồng
            14000               | Mười bốn nghìn đồng
            21000               | Hai mươi mốt nghìn đồng
            105000              | Một trăm linh năm nghìn đồng
            152000              | Một trăm năm mươi hai nghìn đồng
            200000              | Hai trăm nghìn đồng
            1004000             | Một triệu không trăm linh bốn nghìn đồng
            1000005             | Một triệu không trăm linh năm đồng
            1250000             | Một triệu hai trăm năm mươi nghìn đồng
            3050000             | Ba triệu không trăm năm mươi nghìn đồng
            2000000000          | Hai tỷ đồng
            1000001000          | Một tỷ không trăm linh một nghìn đồng
            5000000020          | Năm tỷ không trăm hai mươi đồng
            1000000000000       | Một nghìn tỷ đồng
            1001000000000       | Một nghìn không trăm linh một tỷ đồng
            2000500000000       | Hai nghìn tỷ năm trăm triệu đồng
            999999999999999     | Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng
            """)
    void readsAnAmountAsAReceiptWritesIt(long vnd, String words) {
        assertThat(VietnameseAmount.inWords(vnd)).isEqualTo(words);
    }

    @Test
    void refusesNegativeAmountsAndAmountsBeyondNineHundredNinetyNineThousandBillion() {
        assertThatThrownBy(() -> VietnameseAmount.inWords(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietnameseAmount.inWords(1_000_000_000_000_000L)).isInstanceOf(IllegalArgumentException.class);
    }
}
