package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.motcua.deadline.DeadlineRule;
import vn.motcua.shared.StartupCheckFailed;

/** procedure.yaml is checked at start; every problem names the file and the field. */
class ProcedureCatalogTest {

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
