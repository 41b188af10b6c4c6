package vn.motcua.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.fee.FeeRule.Fixed;
import vn.motcua.fee.FeeRule.Name;
import vn.motcua.fee.FeeRule.PerCase;
import vn.motcua.fee.FeeRule.PerPage;
import vn.motcua.fee.FeeRule.Tier;

/** The statutory rates of domain.md (Circulars 75/2022 and 226/2016) applied to requests. */
class FeeCalculatorTest {

    static final FeeRule RESIDENCE = new FeeRule("LE_PHI_THUONG_TRU", new Name("Lệ phí đăng ký thường trú", "Permanent residence fee"),
            new Fixed(20_000, 10_000),
            List.of(Exemption.TRE_EM, Exemption.NGUOI_KHUYET_TAT, Exemption.GIA_DINH_CO_CONG, Exemption.HO_NGHEO));
    static final FeeRule CERTIFIED_COPY = new FeeRule("PHI_CHUNG_THUC", new Name("Phí chứng thực bản sao từ bản chính", "Certified copy fee"),
            new PerPage(List.of(new Tier(1, 2, 2_000), new Tier(3, null, 1_000)), 200_000L), List.of());
    static final FeeRule SIGNATURE = new FeeRule("PHI_CHUNG_THUC_CHU_KY", new Name("Phí chứng thực chữ ký", "Signature certification fee"),
            new PerCase(10_000), List.of());

    @ParameterizedTest(name = "{0} pages × {1} copies → {2}")
    @CsvSource(textBlock = """
            1,   1,    2000
            2,   1,    4000
            3,   1,    5000
            5,   2,   14000
            150, 1,  152000
            198, 1,  200000
            199, 1,  200000
            250, 1,  200000
            250, 3,  600000
            """)
    void pricesACertifiedCopyByTieredPagesOfTheOriginalCappedPerCopy(int pages, int copies, long total) {
        var quote = FeeCalculator.quote(new FeeSchedule(List.of(CERTIFIED_COPY)),
                new FeeRequest(Channel.COUNTER, pages, copies, 1, Set.of()));

        assertThat(quote.total()).isEqualTo(total);
        assertThat(quote.lines()).singleElement().satisfies(l -> {
            assertThat(l.code()).isEqualTo("PHI_CHUNG_THUC");
            assertThat(l.amount()).isEqualTo(total);
            assertThat(l.exemption()).isNull();
        });
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            COUNTER, 20000
            POSTAL,  20000
            ONLINE,  10000
            """)
    void chargesTheReducedResidenceFeeOnlyOnline(Channel channel, long amount) {
        var quote = FeeCalculator.quote(new FeeSchedule(List.of(RESIDENCE)), FeeRequest.of(channel));

        assertThat(quote.total()).isEqualTo(amount);
    }

    @ParameterizedTest(name = "claimed {0} at {1} → {2} ({3})")
    @CsvSource(textBlock = """
            '',                        COUNTER, 20000,
            TRE_EM,                    COUNTER,     0, TRE_EM
            NGUOI_KHUYET_TAT,          ONLINE,      0, NGUOI_KHUYET_TAT
            GIA_DINH_CO_CONG,          COUNTER,     0, GIA_DINH_CO_CONG
            HO_NGHEO,                  ONLINE,      0, HO_NGHEO
            NGUOI_CAO_TUOI,            COUNTER, 20000,
            DANG_KY_DUNG_HAN,          ONLINE,  10000,
            NGUOI_CAO_TUOI HO_NGHEO,   COUNTER,     0, HO_NGHEO
            """)
    void waivesAFeeOnlyForAClaimedExemptionTheRuleLists(String claimed, Channel channel, long amount, Exemption applied) {
        Set<Exemption> exemptions = Arrays.stream(claimed.split(" ")).filter(s -> !s.isBlank()).map(Exemption::valueOf)
                .collect(Collectors.toSet());

        var line = FeeCalculator.quote(new FeeSchedule(List.of(RESIDENCE)), new FeeRequest(channel, 1, 1, 1, exemptions))
                .lines().get(0);

        assertThat(line.amount()).isEqualTo(amount);
        assertThat(line.exemption()).isEqualTo(applied);
    }

    @ParameterizedTest(name = "{0} cases → {1}")
    @CsvSource(textBlock = """
            1, 10000
            3, 30000
            """)
    void chargesASignatureCertificationPerCase(int cases, long total) {
        var quote = FeeCalculator.quote(new FeeSchedule(List.of(SIGNATURE)), new FeeRequest(Channel.COUNTER, 1, 1, cases, Set.of()));

        assertThat(quote.total()).isEqualTo(total);
    }

    @ParameterizedTest(name = "{0}, {1} pages × {2} copies, {3} cases, claimed {4} → {5}, {6}, {7} = {8}")
    @CsvSource(textBlock = """
            COUNTER, 5, 2, 1, '',      20000, 14000, 10000, 44000
            ONLINE,  5, 2, 2, '',      10000, 14000, 20000, 44000
            ONLINE,  3, 1, 1, TRE_EM,      0,  5000, 10000, 15000
            COUNTER, 250, 1, 1, HO_NGHEO,  0, 200000, 10000, 210000
            """)
    void quotesSeveralLinesOfOneDossierAndTheirTotal(Channel channel, int pages, int copies, int cases, String claimed,
            long residence, long copy, long signature, long total) {
        Set<Exemption> exemptions = claimed.isBlank() ? Set.of() : Set.of(Exemption.valueOf(claimed));

        var quote = FeeCalculator.quote(new FeeSchedule(List.of(RESIDENCE, CERTIFIED_COPY, SIGNATURE)),
                new FeeRequest(channel, pages, copies, cases, exemptions));

        assertThat(quote.lines()).extracting(FeeQuote.Line::code)
                .containsExactly("LE_PHI_THUONG_TRU", "PHI_CHUNG_THUC", "PHI_CHUNG_THUC_CHU_KY");
        assertThat(quote.lines()).extracting(FeeQuote.Line::amount).containsExactly(residence, copy, signature);
        assertThat(quote.total()).isEqualTo(total);
    }

    @Test
    void quotesNothingForAFreeProcedure() {
        var quote = FeeCalculator.quote(FeeSchedule.FREE, FeeRequest.of(Channel.ONLINE));

        assertThat(quote.lines()).isEmpty();
        assertThat(quote.total()).isZero();
        assertThat(quote.totalInWords()).isEqualTo("Không đồng");
    }

    @Test
    void turnsAnExemptedLineIntoTheFeeLineTheDossierRecords() {
        var line = FeeCalculator.quote(new FeeSchedule(List.of(RESIDENCE)),
                new FeeRequest(Channel.ONLINE, 1, 1, 1, Set.of(Exemption.TRE_EM))).lines().get(0);

        assertThat(line.toFeeLine()).isEqualTo(new FeeLine("Lệ phí đăng ký thường trú", 0, "TRE_EM"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2:2000 3:1000                 | perPage.tiers[0].fromPage: the first tier starts at page 1
            1-2:2000 2:1000               | perPage.tiers[1].fromPage: starts at page 2 but the previous tier ends at page 2
            1-2:2000 4:1000               | perPage.tiers[1].fromPage: starts at page 4 but the previous tier ends at page 2
            3:1000 1-2:2000               | perPage.tiers[0].fromPage: the first tier starts at page 1
            1-2:2000 3-9:1000             | perPage.tiers[1].toPage: the last tier has no toPage
            1:2000 2:1000                 | perPage.tiers[0].toPage: only the last tier may be open-ended
            1-2:-5 3:1000                 | perPage.tiers[0].vnd: an amount is whole VND, 0 or more: -5
            """)
    void refusesTiersThatAreUnsortedOverlappingGappedOrNegative(String tiers, String problem) {
        List<Tier> parsed = Arrays.stream(tiers.split(" ")).map(FeeCalculatorTest::tier).toList();

        assertThatThrownBy(() -> new PerPage(parsed, 200_000L)).isInstanceOf(InvalidFeeRule.class).hasMessageStartingWith(problem);
    }

    @Test
    void refusesANegativeAmount() {
        assertThatThrownBy(() -> new Fixed(20_000, -1)).isInstanceOf(InvalidFeeRule.class)
                .hasMessage("fixed.online: an amount is whole VND, 0 or more: -1");
        assertThatThrownBy(() -> new PerCase(-10)).isInstanceOf(InvalidFeeRule.class).hasMessageStartingWith("perCase:");
    }

    /** "3-9:1000" is pages 3 to 9 at 1,000; "3:1000" is from page 3 on. */
    private static Tier tier(String text) {
        String[] priceSplit = text.split(":");
        String[] pages = priceSplit[0].split("-");
        return new Tier(Integer.parseInt(pages[0]), pages.length > 1 ? Integer.valueOf(pages[1]) : null, Long.parseLong(priceSplit[1]));
    }
}
