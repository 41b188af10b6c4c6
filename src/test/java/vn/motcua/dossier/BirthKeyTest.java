package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class BirthKeyTest {

    @Test
    void findsTheSameBirthWhateverTheCaseAccentsAndSpacingOfTheChildsName() {
        assertThat(BirthKey.of("001203004005", "2026-02-10", "Trần Bảo An"))
                .isEqualTo(BirthKey.of(" 001203004005", "2026-02-10 ", "  tran  BAO an"))
                .isEqualTo(BirthKey.of(Map.of("motherIdNumber", "001203004005", "childBirthDate", "2026-02-10", "childName", "Trần Bảo Ân")))
                .hasValueSatisfying(key -> assertThat(key).matches("[0-9a-f]{64}"));
        assertThat(BirthKey.of("001203004005", "2026-02-10", "Đức")).isEqualTo(BirthKey.of("001203004005", "2026-02-10", "duc"));
    }

    @Test
    void tellsApartAnotherMotherAnotherDayAndAnotherChild() {
        var key = BirthKey.of("001203004005", "2026-02-10", "Trần Bảo An");
        assertThat(BirthKey.of("001203004006", "2026-02-10", "Trần Bảo An")).isNotEqualTo(key);
        assertThat(BirthKey.of("001203004005", "2026-02-11", "Trần Bảo An")).isNotEqualTo(key);
        assertThat(BirthKey.of("001203004005", "2026-02-10", "Trần Bảo Anh")).isNotEqualTo(key);
    }

    @Test
    void isAbsentWhenTheDetailsNameNoBirth() {
        assertThat(BirthKey.of(Map.of("childName", "Trần Bảo An", "childBirthDate", "2026-02-10"))).isEmpty();
        assertThat(BirthKey.of("001203004005", " ", "Trần Bảo An")).isEmpty();
        assertThat(BirthKey.of(Map.of())).isEmpty();
    }
}
