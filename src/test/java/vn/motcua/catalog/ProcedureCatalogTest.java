package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.deadline.DeadlineRule;
import vn.motcua.fee.Channel;
import vn.motcua.fee.Exemption;
import vn.motcua.fee.FeeCalculator;
import vn.motcua.fee.FeeRequest;
import vn.motcua.fee.FeeRule;
import vn.motcua.fee.FeeSchedule;
import vn.motcua.shared.StartupCheckFailed;

/** procedure.yaml is checked at start; every problem names the file and the field. */
class ProcedureCatalogTest {

    private static final String CERTIFIED_COPY_FEES = """
            fee:
              lines:
                - code: LE_PHI_THUONG_TRU
                  name: {vi: "Lệ phí đăng ký thường trú", en: "Permanent residence fee"}
                  fixed: {counter: 20000, online: 10000}
                  exemptions: [TRE_EM, NGUOI_KHUYET_TAT, GIA_DINH_CO_CONG, HO_NGHEO]
                - code: PHI_CHUNG_THUC
                  name: {vi: "Phí chứng thực bản sao từ bản chính", en: "Certified copy fee"}
                  perPage: {tiers: [{fromPage: 1, toPage: 2, vnd: 2000}, {fromPage: 3, vnd: 1000}], capPerCopy: 200000}
                - code: PHI_CHUNG_THUC_CHU_KY
                  name: {vi: "Phí chứng thực chữ ký", en: "Signature certification fee"}
                  perCase: 10000
                - code: LE_PHI_CAP_BAN_SAO
                  name: {vi: "Lệ phí cấp bản sao", en: "Copy fee"}
                  fixed: 8000
            """;

    private static final String VALID = """
            code: 1.001193.000.00.00.H56
            name: {vi: Đăng ký khai sinh, en: Birth registration}
            field: {vi: Hộ tịch, en: Civil status}
            level: PARTIAL_ONLINE
            agencyType: UBND_XA
            timeLimit: SAME_DAY,cutoff=15:00
            fee: FREE
            components:
              - code: TO_KHAI
                name: {vi: Tờ khai đăng ký khai sinh, en: Birth registration form}
                mandatory: true
                formats: [PDF]
            results:
              - code: TRICH_LUC
                name: {vi: Trích lục khai sinh, en: Birth certificate extract}
            retention: P10Y
            """;

    @TempDir
    Path processes;

    @Test
    void readsAProcedureWithItsComponentsRuleAndRetention() throws IOException {
        write("birth", VALID);

        var procedure = ProcedureCatalog.load(processes).get("1.001193.000.00.00.H56");

        assertThat(procedure.name().vi()).isEqualTo("Đăng ký khai sinh");
        assertThat(procedure.timeLimit()).isEqualTo(DeadlineRule.parse("SAME_DAY,cutoff=15:00"));
        assertThat(procedure.processKey()).isEqualTo("birth");
        assertThat(procedure.component("TO_KHAI")).get().satisfies(c -> {
            assertThat(c.mandatory()).isTrue();
            assertThat(c.formats()).containsExactly("PDF");
            assertThat(c.reusable()).isTrue();
        });
        assertThat(procedure.retentionDays()).isEqualTo(3650);
    }

    @Test
    void refusesAnUnknownTimeLimitRule() throws IOException {
        write("birth", VALID.replace("SAME_DAY,cutoff=15:00", "WD:0"));

        assertRefused("birth/procedure.yaml: timeLimit:", "field 'timeLimit'");
    }

    @Test
    void countsATimeLimitFromReceiptUnlessTheDescriptorSaysFromAcceptance() throws IOException {
        write("birth", VALID);
        write("group", VALID.replace("1.001193.000.00.00.H56", "1.012656.000.00.00.H56")
                .replace("timeLimit: SAME_DAY,cutoff=15:00", "timeLimit: WD:3,cutoff=15:00\ntimeLimitFrom: ACCEPTANCE"));

        var catalog = ProcedureCatalog.load(processes);

        assertThat(catalog.get("1.001193.000.00.00.H56").timeLimitFrom()).isEqualTo(Procedure.TimeLimitFrom.RECEIPT);
        assertThat(catalog.get("1.012656.000.00.00.H56").timeLimitFrom()).isEqualTo(Procedure.TimeLimitFrom.ACCEPTANCE);
        assertThat(catalog.get("1.012656.000.00.00.H56").timeLimit()).isEqualTo(DeadlineRule.parse("WD:3,cutoff=15:00"));
    }

    @Test
    void refusesAnUnknownStartOfTheTimeLimit() throws IOException {
        write("birth", VALID.replace("timeLimit: SAME_DAY,cutoff=15:00", "timeLimit: WD:3\ntimeLimitFrom: SUBMISSION"));

        assertRefused("birth/procedure.yaml: timeLimitFrom: 'SUBMISSION' is not one of RECEIPT, ACCEPTANCE", "field 'timeLimitFrom'");
    }

    @Test
    void refusesADescriptorWithoutItsBpmn() throws IOException {
        write("birth", VALID);
        Files.delete(processes.resolve("birth/birth.bpmn"));

        assertRefused("birth/procedure.yaml: process: no BPMN birth.bpmn", "field 'process'");
    }

    @Test
    void refusesACodeUsedByTwoProcedures() throws IOException {
        write("birth", VALID);
        write("birth-copy", VALID);

        assertRefused("/procedure.yaml: code: code 1.001193.000.00.00.H56 is also used by", "field 'code'");
        assertThatThrownBy(() -> ProcedureCatalog.load(processes)).hasMessageContaining("birth/procedure.yaml")
                .hasMessageContaining("birth-copy/procedure.yaml");
    }

    @Test
    void refusesAMisspelledField() throws IOException {
        write("birth", VALID.replace("retention:", "retension:"));

        assertRefused("birth/procedure.yaml: retension:", "field 'retension'");
    }

    @Test
    void refusesAnUnknownLevelAndAComponentFormat() throws IOException {
        write("birth", VALID.replace("PARTIAL_ONLINE", "SOMETIMES"));
        assertRefused("level: 'SOMETIMES' is not one of", "field 'level'");

        write("birth", VALID.replace("formats: [PDF]", "formats: [DOCX]"));
        assertRefused("components[0].formats: formats are among PDF, JPEG, PNG", "field 'components[0].formats'");
    }

    @Test
    void refusesAMissingEnglishName() throws IOException {
        write("birth", VALID.replace("name: {vi: Đăng ký khai sinh, en: Birth registration}", "name: {vi: Đăng ký khai sinh}"));

        assertRefused("birth/procedure.yaml: name.en: an English text is required", "field 'name.en'");
    }

    @Test
    void readsAFreeProcedureAsAScheduleWithoutLines() throws IOException {
        write("birth", VALID);

        assertThat(ProcedureCatalog.load(processes).get("1.001193.000.00.00.H56").fee()).isEqualTo(FeeSchedule.FREE);
    }

    @Test
    void readsFixedPerChannelPerCaseAndTieredPerPageFeeLinesWithTheirExemptions() throws IOException {
        write("birth", VALID.replace("fee: FREE\n", CERTIFIED_COPY_FEES));

        var fee = ProcedureCatalog.load(processes).get("1.001193.000.00.00.H56").fee();

        assertThat(fee.lines()).extracting(FeeRule::code)
                .containsExactly("LE_PHI_THUONG_TRU", "PHI_CHUNG_THUC", "PHI_CHUNG_THUC_CHU_KY", "LE_PHI_CAP_BAN_SAO");
        assertThat(fee.lines().get(0).rate()).isEqualTo(new FeeRule.Fixed(20_000, 10_000));
        assertThat(fee.lines().get(0).exemptions())
                .containsExactly(Exemption.TRE_EM, Exemption.NGUOI_KHUYET_TAT, Exemption.GIA_DINH_CO_CONG, Exemption.HO_NGHEO);
        assertThat(fee.lines().get(1).rate()).isEqualTo(new FeeRule.PerPage(
                List.of(new FeeRule.Tier(1, 2, 2_000), new FeeRule.Tier(3, null, 1_000)), 200_000L));
        assertThat(fee.lines().get(2).rate()).isEqualTo(new FeeRule.PerCase(10_000));
        assertThat(fee.lines().get(3).rate()).isEqualTo(FeeRule.Fixed.of(8_000));
        assertThat(FeeCalculator.quote(fee, new FeeRequest(Channel.ONLINE, 5, 2, 1, Set.of(Exemption.TRE_EM))).total())
                .isEqualTo(0 + 14_000 + 10_000 + 8_000);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            fixed: {counter: 20000, online: 10000}          | fixed: {counter: 20000, online: -1}          | fee.lines[0].fixed.online: an amount is whole VND, 0 or more: -1
            fixed: {counter: 20000, online: 10000}          | fixed: {counter: 20000, online: 10000.5}     | fee.lines[0].fixed.online: '10000.5' is not a whole amount of VND
            fixed: {counter: 20000, online: 10000}          | fixed: {counter: 20000}                      | fee.lines[0].fixed: one amount, or {counter: …, online: …}
            fixed: {counter: 20000, online: 10000}          | fixed: nothing                               | fee.lines[0].fixed: 'nothing' is not a whole amount of VND
            perCase: 10000                                  | exemptions: []                               | fee.lines[2]: exactly one of fixed, perCase or perPage is required
            perCase: 10000                                  | perCase: 10000.5                             | fee.lines[2].perCase:
            [TRE_EM, NGUOI_KHUYET_TAT                       | [TRE_EM, ONG_GIA                             | fee.lines[0].exemptions[1]: 'ONG_GIA' is not one of TRE_EM
            {fromPage: 3, vnd: 1000}                        | {fromPage: 2, vnd: 1000}                     | fee.lines[1].perPage.tiers[1].fromPage: starts at page 2 but the previous tier ends at page 2
            [{fromPage: 1, toPage: 2, vnd: 2000}, {fromPage: 3, vnd: 1000}] | [{fromPage: 3, vnd: 1000}, {fromPage: 1, toPage: 2, vnd: 2000}] | fee.lines[1].perPage.tiers[0].fromPage: the first tier starts at page 1
            {fromPage: 3, vnd: 1000}                        | {fromPage: 3}                                | fee.lines[1].perPage.tiers[1].vnd: the price per page is required
            capPerCopy: 200000                              | capPerCopy: -200000                          | fee.lines[1].perPage.capPerCopy: an amount is whole VND, 0 or more
            code: PHI_CHUNG_THUC_CHU_KY                     | code: PHI_CHUNG_THUC                         | fee.lines[2].code: fee code PHI_CHUNG_THUC is used twice
            """)
    void refusesABadFeeLineNamingItsField(String good, String bad, String problem) throws IOException {
        write("birth", VALID.replace("fee: FREE\n", CERTIFIED_COPY_FEES.replace(good, bad)));

        assertRefused("birth/procedure.yaml: " + problem, "field '" + problem.substring(0, problem.indexOf(':')) + "'");
    }

    @Test
    void readsHowTheFeeIsCollectedWithDefaultsForWhatIsNotSaid() throws IOException {
        write("birth", VALID.replace("fee: FREE\n", CERTIFIED_COPY_FEES));
        assertThat(ProcedureCatalog.load(processes).get("1.001193.000.00.00.H56").fee().collection())
                .isEqualTo(new FeeSchedule.Collection(true, DeadlineRule.parse("WD:5")));

        write("birth", VALID.replace("fee: FREE\n", CERTIFIED_COPY_FEES + "  collection: {pauseClock: false, paymentDeadline: \"WH:4\"}\n"));
        assertThat(ProcedureCatalog.load(processes).get("1.001193.000.00.00.H56").fee().collection())
                .isEqualTo(new FeeSchedule.Collection(false, DeadlineRule.parse("WH:4")));

        write("birth", VALID.replace("fee: FREE\n", CERTIFIED_COPY_FEES + "  collection: {paymentDeadline: \"WD:2\"}\n"));
        assertThat(ProcedureCatalog.load(processes).get("1.001193.000.00.00.H56").fee().collection())
                .isEqualTo(new FeeSchedule.Collection(true, DeadlineRule.parse("WD:2")));
    }

    @Test
    void refusesABadCollectionSettingNamingItsField() throws IOException {
        write("birth", VALID.replace("fee: FREE\n", CERTIFIED_COPY_FEES + "  collection: {paymentDeadline: \"soon\"}\n"));
        assertRefused("birth/procedure.yaml: fee.collection.paymentDeadline:", "field 'fee.collection.paymentDeadline'");

        write("birth", VALID.replace("fee: FREE\n", CERTIFIED_COPY_FEES + "  collection: {pauseClock: sometimes}\n"));
        assertRefused("birth/procedure.yaml: fee.collection.pauseClock:", "field 'fee.collection.pauseClock'");

        write("birth", VALID.replace("fee: FREE\n", CERTIFIED_COPY_FEES + "  collection: {graceDays: 3}\n"));
        assertRefused("birth/procedure.yaml: fee.collection.graceDays:", "field 'fee.collection.graceDays'");
    }

    @Test
    void readsExtraFoldersOfProceduresAfterTheShippedOnesAndRefusesACodeUsedInBoth(@TempDir Path extra) throws IOException {
        write("birth", VALID);
        Path other = Files.createDirectories(extra.resolve("copy"));
        Files.writeString(other.resolve("procedure.yaml"), VALID.replace("1.001193.000.00.00.H56", "9.000091.000.00.00.H56"));
        Files.writeString(other.resolve("copy.bpmn"), "<definitions/>");

        assertThat(ProcedureCatalog.load(List.of(processes, extra)).keySet())
                .containsExactly("1.001193.000.00.00.H56", "9.000091.000.00.00.H56");

        Files.writeString(other.resolve("procedure.yaml"), VALID);
        assertThatThrownBy(() -> ProcedureCatalog.load(List.of(processes, extra))).isInstanceOf(StartupCheckFailed.class)
                .hasMessageContaining("code 1.001193.000.00.00.H56 is also used by");
    }

    @Test
    void refusesAFeeThatIsNeitherFreeNorLines() throws IOException {
        write("birth", VALID.replace("fee: FREE", "fee: GRATIS"));
        assertRefused("birth/procedure.yaml: fee: 'GRATIS' is neither FREE nor a list of fee lines", "field 'fee'");

        write("birth", VALID.replace("fee: FREE", "fee: {lines: []}"));
        assertRefused("birth/procedure.yaml: fee.lines: at least one fee line is required", "field 'fee.lines'");
    }

    private void assertRefused(String problem, String action) {
        assertThatThrownBy(() -> ProcedureCatalog.load(processes)).isInstanceOf(StartupCheckFailed.class)
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((StartupCheckFailed) e).action()).contains(action));
    }

    private void write(String folder, String yaml) throws IOException {
        Path dir = Files.createDirectories(processes.resolve(folder));
        Files.writeString(dir.resolve("procedure.yaml"), yaml);
        Files.writeString(dir.resolve(folder + ".bpmn"), "<definitions/>");
    }
}
